package org.learningsets.web.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-line summary of a start that never got ready: the main thread's top frame and the callers outside the JDK. */
class MicroProcessTest {

    private static final String DUMP = """
            "Reference Handler" #2 daemon prio=10 os_prio=0 cpu=0.20ms elapsed=3.31s tid=0x1 nid=0x22e9 runnable
               java.lang.Thread.State: RUNNABLE
            \tat java.lang.ref.Reference.waitForReferencePendingList(java.base@17.0.15/Native Method)

            "main" #1 prio=5 os_prio=0 cpu=503.98ms elapsed=3.32s tid=0x2 nid=0x22e6 waiting on condition  [0x3]
               java.lang.Thread.State: TIMED_WAITING (sleeping)
            \tat java.lang.Thread.sleep(java.base@17.0.15/Native Method)
            \tat Sleep.main(Sleep.java:1)
            \t- locked <0x000000008a> (a java.lang.Object)
            \tat jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(java.base@17.0.15/Native Method)
            \tat org.example.Start.run(Start.java:7)
            \tat org.example.Start.main(Start.java:3)

            "Finalizer" #3 daemon prio=8 os_prio=0 cpu=0.12ms elapsed=3.31s tid=0x4 nid=0x22ea in Object.wait()
            \tat java.lang.Object.wait(java.base@17.0.15/Native Method)
            """;

    @Test
    void theMainThreadsTopFramesOnOneLine() {
        assertEquals(
                "at java.lang.Thread.sleep(java.base@17.0.15/Native Method) < at Sleep.main(Sleep.java:1)"
                        + " < at org.example.Start.run(Start.java:7)",
                MicroProcess.topFrames(DUMP, "\"main\"", 3));
        assertEquals("(not in the dump)", MicroProcess.topFrames(DUMP, "\"absent\"", 3));
    }
}
