import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Load benchmark of Learning Sets' main pages. Run with Java 17 alone, no build and no dependencies:
 *
 * <pre>java ops/bench/Bench.java --base http://localhost:8080/ [options]</pre>
 *
 * Every virtual user has its own HTTP connection and its own session, signed in with the sign-in form's POST
 * as a browser does (the anonymous sign-in page has anonymous sessions). Users send their next request as soon
 * as the last one's body has arrived (closed loop, no think time, like wrk). Each page is first warmed up, then
 * each (users, page) cell is settled for a moment and measured for a fixed time; every request's latency is
 * kept, so the percentiles are exact. Any answer but 200 (an expired session would be a redirect) is an error.
 * Besides the figures, each cell reports the CPU the server, this program and everything else on the machine
 * used meanwhile, since the client shares the machine with the server. See docs/performance.md.
 */
public class Bench {

    enum Role { ANONYMOUS, MEMBER, FACILITATOR, LEAD }

    /** A measured page; {set} and {programme} in the path are the ones each session found on its home page. */
    record Page(String key, String label, Role role, String path) {
    }

    record Cell(Page page, int users, long requests, long errors, double seconds, long[] sortedNanos,
                Cpu cpu, double load) {
        double perSecond() {
            return requests / seconds;
        }

        /** The server's CPU per answer (errors included): unlike req/s, hardly moved by other work on the machine. */
        double cpuMsPerRequest() {
            return 1000 * cpu.server() * seconds / (requests + errors);
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** Cores busy on average during a cell: the server process, this process, and everything else. */
    record Cpu(double server, double bench, double others) {
    }

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce on the page's scripts: the application refuses a post without it (primefaces.nonce). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern SET_LINK = Pattern.compile("dashboard/set\\.xhtml\\?id=([0-9a-fA-F-]{36})");
    // A lead's home page links each programme's page (it linked the report itself once); the report takes the same id.
    private static final Pattern PROGRAMME_LINK =
            Pattern.compile("programmes/(?:report|programme)\\.xhtml\\?id=([0-9a-fA-F-]{36})");
    private static final Pattern RANGE = Pattern.compile("\\{(\\d+)\\.\\.(\\d+)}");
    private static final String DEMO_MEMBERS = "amira.khan,ben.carter,chloe.davies,daniel.okafor,eleanor.hughes,"
            + "farid.rahman,grace.thompson,harry.wilson,isla.patel,james.murphy,kiran.singh,laura.evans";

    private final Map<String, String> options;
    private final URI base;
    private final String password;
    private final long serverPid;
    private final Duration timeout = Duration.ofSeconds(60);
    private final AtomicInteger signInRetries = new AtomicInteger();

    Bench(Map<String, String> options) {
        this.options = options;
        String b = option("base", null);
        if (b == null) {
            throw new IllegalArgumentException("--base is needed, e.g. --base http://localhost:8080/");
        }
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.password = option("password", "demo-learning-sets");
        this.serverPid = Long.parseLong(option("server-pid", "0"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value; not understood: " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        if (options.containsKey("help")) {
            System.out.println(HELP);
            return;
        }
        new Bench(options).run();
    }

    private static final String HELP = """
            java ops/bench/Bench.java --base http://localhost:8080/ [options]
              --users 1,10,50            concurrent users per cell
              --duration 15              seconds measured per cell
              --warmup 10                seconds per page before measuring (at 10 users or the most asked for)
              --settle 2                 seconds before each cell, not counted
              --pages a,b,c,d,d2,e       which pages (a static file, b sign-in page, c member's home,
                                         d facilitator's My dashboards, d2 a set's dashboard, e programme report)
              --password demo-learning-sets
              --members LIST             comma-separated sign-ins; {1..50} expands, e.g. m{1..50}@x.org,
                                         and {001..050} pads: m001@x.org ... m050@x.org
              --facilitators LIST        (default: the demo accounts)
              --leads LIST
              --static /resources/learningsets/css/app.css   page (a): a static file from the WAR
              --static-anonymous         ask for (a) without signing in (for a WAR with no sign-in)
              --set ID / --programme ID  instead of the first one each session finds on its home page
              --server-pid PID           to report the server's CPU use per cell
              --csv FILE                 also write the figures as CSV
              --warmup-only              sign in, warm up, measure nothing (used by startup.sh)
            """;

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private List<Page> pages() {
        Map<String, Page> all = new LinkedHashMap<>();
        for (Page p : List.of(
                new Page("a", "(a) static file", options.containsKey("static-anonymous") ? Role.ANONYMOUS : Role.MEMBER,
                        option("static", "resources/learningsets/css/app.css")),
                new Page("b", "(b) sign-in page", Role.ANONYMOUS, "login.xhtml"),
                new Page("c", "(c) member's home", Role.MEMBER, "index.xhtml"),
                new Page("d", "(d) My dashboards", Role.FACILITATOR, "dashboard/mine.xhtml"),
                new Page("d2", "(d2) a set's dashboard", Role.FACILITATOR, "dashboard/set.xhtml?id={set}"),
                new Page("e", "(e) programme report", Role.LEAD, "programmes/report.xhtml?id={programme}"))) {
            all.put(p.key(), new Page(p.key(), p.label(), p.role(), p.path().replaceFirst("^/", "")));
        }
        List<Page> chosen = new ArrayList<>();
        for (String key : option("pages", "a,b,c,d,d2,e").split(",")) {
            Page page = all.get(key.trim());
            if (page == null) {
                throw new IllegalArgumentException("Unknown page " + key + "; pages are " + all.keySet());
            }
            chosen.add(page);
        }
        return chosen;
    }

    private List<String> logins(Role role) {
        String list = switch (role) {
            case MEMBER -> option("members", Arrays.stream(DEMO_MEMBERS.split(","))
                    .map(n -> n + "@example.org").collect(Collectors.joining(",")));
            case FACILITATOR -> option("facilitators", "carolyn.robertson@example.org,andy.mitchell@example.org");
            case LEAD -> option("leads", "programme.lead@example.org");
            case ANONYMOUS -> "";
        };
        List<String> logins = new ArrayList<>();
        for (String item : list.split(",")) {
            Matcher range = RANGE.matcher(item.trim());
            if (range.find()) {
                // As in bash, a leading zero pads every number to the first one's width: {001..050}.
                String format = range.group(1).startsWith("0") ? "%0" + range.group(1).length() + "d" : "%d";
                for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                    logins.add(range.replaceFirst(String.format(Locale.ROOT, format, n)));
                }
            } else if (!item.isBlank()) {
                logins.add(item.trim());
            }
        }
        return logins;
    }

    /** One virtual user: its own connection (client) and cookies, and the ids its home page showed. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final Map<String, String> ids = new LinkedHashMap<>();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        }

        /** The sign-in form's POST, as FacesHttpClient in the integration tests does it. */
        void signIn(String email) throws IOException, InterruptedException {
            String login = get("login.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(login);
            if (!viewState.find()) {
                throw new IllegalStateException("No sign-in form at " + base.resolve("login.xhtml"));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("signIn", "signIn");
            fields.put("signIn:email", email);
            fields.put("signIn:password", password);
            fields.put("signIn:submit", "");
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            Matcher nonce = NONCE.matcher(login);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            http.send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> home = get("index.xhtml");
            // Payara 6 answers a signed-in request 403 now and then under concurrency (docs/performance.md):
            // the session is fine and the next request gets through.
            for (int again = 0; again < 5 && home.statusCode() == 403; again++) {
                signInRetries.incrementAndGet();
                home = get("index.xhtml");
            }
            if (home.statusCode() != 200 || home.body().contains("id=\"signIn\"")) {
                throw new IllegalStateException("Signing in as " + email + " failed (home page answered "
                        + home.statusCode() + "); check --password and the sign-ins");
            }
            find("set", SET_LINK, home.body());
            find("programme", PROGRAMME_LINK, home.body());
        }

        private void find(String name, Pattern link, String page) {
            Matcher m = link.matcher(page);
            ids.put(name, option(name, m.find() ? m.group(1) : null));
        }

        String resolve(Page page, String who) {
            String path = page.path();
            for (String name : List.of("set", "programme")) {
                if (path.contains("{" + name + "}")) {
                    String id = ids.get(name);
                    if (id == null) {
                        throw new IllegalStateException(page.label() + ": " + who + "'s home page links to no "
                                + name + "; give --" + name + " ID or other sign-ins");
                    }
                    path = path.replace("{" + name + "}", id);
                }
            }
            return path;
        }
    }

    void run() throws Exception {
        List<Page> pages = pages();
        int[] users = Arrays.stream(option("users", "1,10,50").split(",")).mapToInt(s -> Integer.parseInt(s.trim()))
                .toArray();
        int most = Arrays.stream(users).max().orElseThrow();
        int warmUsers = Math.min(10, most);
        Duration duration = Duration.ofSeconds(Long.parseLong(option("duration", "15")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(option("warmup", "10")));
        Duration settle = Duration.ofSeconds(Long.parseLong(option("settle", "2")));
        boolean warmupOnly = options.containsKey("warmup-only");

        System.out.printf("Learning Sets benchmark, %s, %s, %d cores, load %s%n", base,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), loadAverages());
        Map<Role, List<Session>> sessions = signIn(pages, warmupOnly ? warmUsers : most);
        Map<Page, List<String>> paths = new LinkedHashMap<>();
        for (Page page : pages) {
            List<String> list = new ArrayList<>();
            List<Session> own = sessions.get(page.role());
            for (int i = 0; i < own.size(); i++) {
                list.add(own.get(i).resolve(page, page.role() + " session " + (i + 1)));
            }
            paths.put(page, list);
            check(page, own.get(0), list.get(0));
        }

        System.out.printf("Warm-up: %d s per page at %d users%n", warmup.toSeconds(), warmUsers);
        for (Page page : pages) {
            measure(page, sessions.get(page.role()), paths.get(page), warmUsers, warmup);
        }
        if (warmupOnly) {
            return;
        }
        System.out.printf("Measuring: %d s per cell after %d s settling%n%n", duration.toSeconds(),
                settle.toSeconds());
        List<Cell> cells = new ArrayList<>();
        for (int u : users) {
            for (Page page : pages) {
                measure(page, sessions.get(page.role()), paths.get(page), u, settle);
                Cell cell = measure(page, sessions.get(page.role()), paths.get(page), u, duration);
                cells.add(cell);
                System.out.printf("  %-24s %3d users: %8.1f req/s, p95 %7.1f ms, errors %d%n", page.label(), u,
                        cell.perSecond(), cell.percentileMs(95), cell.errors());
            }
        }
        report(cells);
    }

    /** Sessions per role: as many as the most users asked for, taking the role's sign-ins in turn. */
    private Map<Role, List<Session>> signIn(List<Page> pages, int count) throws Exception {
        Map<Role, List<Session>> sessions = new EnumMap<>(Role.class);
        // Two at a time: each sign-in is a deliberately slow password hash on the server.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Role role : pages.stream().map(Page::role).distinct().toList()) {
                List<String> logins = logins(role);
                if (role != Role.ANONYMOUS && logins.isEmpty()) {
                    throw new IllegalArgumentException("No sign-ins given for " + role);
                }
                List<Future<Session>> futures = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String email = role == Role.ANONYMOUS ? null : logins.get(i % logins.size());
                    futures.add(pool.submit(() -> {
                        Session s = new Session();
                        if (email != null) {
                            s.signIn(email);
                        }
                        return s;
                    }));
                }
                List<Session> list = new ArrayList<>();
                for (Future<Session> f : futures) {
                    list.add(f.get());
                }
                sessions.put(role, list);
                System.out.printf("Signed in %d %s sessions (%d distinct sign-ins)%n", count,
                        role.name().toLowerCase(Locale.ROOT), role == Role.ANONYMOUS ? 0
                                : Math.min(count, logins.size()));
            }
        } finally {
            pool.shutdown();
        }
        if (signInRetries.get() > 0) {
            System.out.printf("Home page after sign-in answered 403 and was asked again %d times%n", signInRetries.get());
        }
        return sessions;
    }

    /** Refuses to measure a page that does not answer 200 with content for its first session. */
    private void check(Page page, Session session, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = session.get(path);
        if (r.statusCode() != 200 || (page.role() != Role.ANONYMOUS && r.body().contains("id=\"signIn\""))) {
            throw new IllegalStateException(page.label() + " /" + path + " answered " + r.statusCode()
                    + (r.statusCode() / 100 == 3 ? " to " + r.headers().firstValue("Location").orElse("?") : ""));
        }
        System.out.printf("  %-24s /%s (%d bytes)%n", page.label(), path, r.body().getBytes(StandardCharsets.UTF_8).length);
    }

    /** Runs {@code users} closed-loop users on the page for the duration; each user has its own session. */
    private Cell measure(Page page, List<Session> sessions, List<String> paths, int users, Duration duration)
            throws Exception {
        CpuSample before = CpuSample.now(serverPid);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<long[]>> futures = new ArrayList<>();
        try {
            for (int u = 0; u < users; u++) {
                Session session = sessions.get(u);
                HttpRequest request = session.request(paths.get(u)).GET().build();
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        String error;
                        try {
                            int status = session.http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            error = status == 200 ? null : "HTTP " + status;
                        } catch (IOException e) {
                            error = e.toString();
                        }
                        long t1 = System.nanoTime();
                        if (error != null) {
                            errors.merge(error, 1L, Long::sum);
                            continue;
                        }
                        if (t1 <= end) {
                            if (n == nanos.length) {
                                nanos = Arrays.copyOf(nanos, n * 2);
                            }
                            nanos[n++] = t1 - t0;
                        }
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            double seconds = (Math.max(System.nanoTime(), end) - start) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            errors.forEach((kind, count) -> System.out.printf("    %s, %d users: %d x %s%n", page.label(), users,
                    count, kind));
            return new Cell(page, users, merged.length, errors.values().stream().mapToLong(Long::longValue).sum(),
                    duration.toNanos() / 1e9, merged,
                    before.until(CpuSample.now(serverPid), seconds, serverPid > 0), loadOne());
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time so far, in seconds: the whole machine's busy time, the server process's and this process's. */
    record CpuSample(double machineBusy, double server, double bench) {
        // Linux's USER_HZ for /proc/stat and /proc/<pid>/stat is 100 on every mainstream architecture.
        private static final double TICKS = 100.0;

        static CpuSample now(long serverPid) {
            double busy = 0;
            double server = 0;
            try {
                long[] cpu = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                        .skip(1).mapToLong(Long::parseLong).toArray();
                // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
                busy = (IntStream.range(0, Math.min(8, cpu.length)).mapToLong(i -> cpu[i]).sum() - cpu[3] - cpu[4])
                        / TICKS;
                if (serverPid > 0) {
                    String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    server = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS; // utime, stime
                }
            } catch (IOException | RuntimeException e) {
                // Not Linux, or the server is gone: the CPU columns stay empty.
                return new CpuSample(Double.NaN, Double.NaN, Double.NaN);
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new CpuSample(busy, server, os.getProcessCpuTime() / 1e9);
        }

        Cpu until(CpuSample later, double seconds, boolean serverKnown) {
            double server = serverKnown ? (later.server - this.server) / seconds : Double.NaN;
            double bench = (later.bench - this.bench) / seconds;
            double busy = (later.machineBusy - machineBusy) / seconds;
            return new Cpu(server, bench, busy - bench - (Double.isNaN(server) ? 0 : server));
        }
    }

    private static String loadAverages() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double loadOne() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void report(List<Cell> cells) throws IOException {
        String header = "| page | users | req/s | % of (a) req/s | p50 ms | p95 ms | p99 ms | p95 × (a) | errors "
                + "| server CPU ms/req | × (a) | server cores | bench cores | other cores | load |";
        StringBuilder table = new StringBuilder(header).append('\n')
                .append(header.replaceAll("[^|]+", "---")).append('\n');
        StringBuilder csv = new StringBuilder("page,users,requests_per_s,ratio_to_a,p50_ms,p95_ms,p99_ms,"
                + "p95_ratio_to_a,errors,server_cpu_ms_per_request,cpu_ratio_to_a,server_cores,bench_cores,"
                + "other_cores,load1\n");
        for (Cell c : cells) {
            Cell a = cells.stream().filter(x -> x.page().key().equals("a") && x.users() == c.users()).findFirst()
                    .orElse(null);
            double ratio = a == null ? Double.NaN : c.perSecond() / a.perSecond();
            double p95Ratio = a == null ? Double.NaN : c.percentileMs(95) / a.percentileMs(95);
            double cpuRatio = a == null ? Double.NaN : c.cpuMsPerRequest() / a.cpuMsPerRequest();
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f %% | %.1f | %.1f | %.1f | %.1f "
                            + "| %d (%.1f %%) | %.2f | %.1f | %.2f | %.2f | %.2f | %.1f |%n",
                    c.page().label(), c.users(), c.perSecond(), 100 * ratio, c.percentileMs(50), c.percentileMs(95),
                    c.percentileMs(99), p95Ratio, c.errors(), 100.0 * c.errors() / (c.errors() + c.requests()),
                    c.cpuMsPerRequest(), cpuRatio, c.cpu().server(), c.cpu().bench(), c.cpu().others(), c.load()));
            csv.append(String.format(Locale.ROOT,
                    "%s,%d,%.2f,%.4f,%.2f,%.2f,%.2f,%.3f,%d,%.3f,%.2f,%.2f,%.2f,%.2f,%.2f%n",
                    c.page().key(), c.users(), c.perSecond(), ratio, c.percentileMs(50), c.percentileMs(95),
                    c.percentileMs(99), p95Ratio, c.errors(), c.cpuMsPerRequest(), cpuRatio, c.cpu().server(),
                    c.cpu().bench(), c.cpu().others(), c.load()));
        }
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.println("Server CPU ms/req: the server process's CPU time per answer, and × (a) that as a multiple "
                + "of the static file's. Cores: average CPU cores busy during the cell (server = the Payara Micro "
                + "process, bench = this program, other = the rest of the machine); load = 1-minute load average at "
                + "the cell's end. Errors are left out of req/s and latencies.");
        targets(cells);
        String file = option("csv", null);
        if (file != null) {
            Files.writeString(Path.of(file), csv);
            System.out.println("CSV: " + file);
        }
    }

    /** The dashboards' targets: My dashboards p95 under 200 ms at 10 users, and at least 25 % of (a)'s throughput. */
    private static void targets(List<Cell> cells) {
        for (Cell c : cells) {
            if (!c.page().key().startsWith("d") || c.users() != 10) {
                continue;
            }
            double p95 = c.percentileMs(95);
            System.out.printf(Locale.ROOT, "Target %s at 10 users: p95 %.1f ms (under 200 ms: %s)", c.page().label(),
                    p95, p95 < 200 ? "met" : "MISSED");
            cells.stream().filter(a -> a.page().key().equals("a") && a.users() == 10).findFirst().ifPresent(a -> {
                double ratio = c.perSecond() / a.perSecond();
                System.out.printf(Locale.ROOT, "; throughput %.1f %% of (a) (at least 25 %%: %s; by server CPU per "
                        + "request %.1f %%)", 100 * ratio, ratio >= 0.25 ? "met" : "MISSED",
                        100 * a.cpuMsPerRequest() / c.cpuMsPerRequest());
            });
            System.out.println();
        }
    }
}
