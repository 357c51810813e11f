import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a running server's CPU goes (docs/performance.md): starts and stops async-profiler in it by loading the
 * profiler's library through the JDK's attach API, as the profiler's own launcher does, and sums the collapsed
 * stacks it writes by the parts of a request. The library is in async-profiler's jar on Maven Central
 * (tools.profiler:async-profiler, linux-x64/libasyncProfiler.so inside). It samples on a CPU-time timer (itimer, no
 * perf events needed), every 10 ms, and costs the server little, unlike Flight Recorder's profile settings, which
 * made a step of the live benchmark miss that held without them.
 *
 * <pre>
 *   java ops/bench/Profile.java start PID LIBRARY             sample from now
 *   java ops/bench/Profile.java stop PID LIBRARY FILE         stop, and write the collapsed stacks to FILE
 *   java ops/bench/Profile.java summary FILE                  shares of the samples by part of a request
 * </pre>
 */
public class Profile {

    /** Each part and a frame that marks it; a sample counts for every part whose frame is on its stack. */
    private static final Map<String, String> PARTS = parts();

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Faces requests (all phases)", "FacesServlet.service");
        parts.put("  restore the view (build it from the page)", "RestoreViewPhase.execute");
        parts.put("  invoke the action", "InvokeApplicationPhase.execute");
        parts.put("    a screen's re-read (LiveMeetingBacking.refresh)", "LiveMeetingBacking.refresh");
        parts.put("    a facilitator's click (LiveMeetingBacking.control)", "LiveMeetingBacking.control");
        parts.put("      raising the change counter", "LiveMeetingBacking.announce");
        parts.put("    the meeting's read (LiveMeetingService.read)", "LiveMeetingService.read");
        parts.put("      the gate (SetContentAccess.meetingForReader)", "SetContentAccess.meetingForReader");
        parts.put("      the meeting (LiveMeetingReader.read)", "LiveMeetingReader.read");
        parts.put("        check-in's actions", "LiveMeetingReader.checkInActions");
        parts.put("  render the answer", "RenderResponsePhase.execute");
        parts.put("  expressions' method calls (MethodCallELResolver)", "MethodCallELResolver");
        parts.put("EclipseLink", "org/eclipse/persistence");
        parts.put("Derby", "org/apache/derby");
        parts.put("websocket pushes (PushContext)", "PushContext.send");
        parts.put("the relay's poll", "LiveMeetingRelay.poll");
        parts.put("JIT compilers", "CompileBroker");
        parts.put("garbage collector", "G1");
        return parts;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("start")) {
            load(args[1], args[2], "start,event=itimer,interval=10ms");
        } else if (args.length >= 4 && args[0].equals("stop")) {
            load(args[1], args[2], "stop,collapsed,file=" + Path.of(args[3]).toAbsolutePath());
        } else if (args.length >= 2 && args[0].equals("summary")) {
            summary(Files.readAllLines(Path.of(args[1])));
        } else {
            System.err.println(
                    "usage: Profile.java start PID LIBRARY | stop PID LIBRARY FILE | summary FILE (see the source)");
            System.exit(2);
        }
    }

    private static void load(String pid, String library, String options) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(pid);
        try {
            vm.loadAgentPath(Path.of(library).toAbsolutePath().toString(), options);
        } finally {
            vm.detach();
        }
    }

    /** Collapsed stacks: frames joined by ';', a space, the number of samples. */
    private static void summary(List<String> lines) {
        Map<String, Long> counts = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> counts.put(part, 0L));
        long total = 0;
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String stack = line.substring(0, space);
            long samples = Long.parseLong(line.substring(space + 1).strip());
            total += samples;
            PARTS.forEach((part, frame) -> {
                if (stack.contains(frame)) {
                    counts.merge(part, samples, Long::sum);
                }
            });
        }
        System.out.printf("%d samples (%.1f s of CPU at 10 ms each)%n", total, total / 100.0);
        for (Map.Entry<String, Long> part : counts.entrySet()) {
            System.out.printf(
                    "%6.1f %%  %s%n", total == 0 ? 0 : 100.0 * part.getValue() / total, part.getKey());
        }
    }
}
