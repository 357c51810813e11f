import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Live meetings at scale. Run with Java 17 alone, no build and no dependencies:
 *
 * <pre>java ops/bench/LiveLoad.java --base http://localhost:8080/ --scale 1.0 --meetings 10 [options]</pre>
 *
 * Opens N live meetings on the generated data set (LEARNINGSETS_GENERATE_SCALE; the same scale must be given here,
 * so the program knows, from the generator's naming, which facilitator leads which set and who its members are).
 * Each meeting has its facilitator's screen and seven members' screens; every member's screen opens the live page
 * and its Faces websocket (/omnifaces.push/liveMeeting?token, with the session's cookie) as the browser does,
 * and, as the page's script does, re-reads the meeting (the page's remote command, a PrimeFaces partial request)
 * when a message names a revision it has not read. Before the meetings start, three members of each set bid for
 * time, so the meeting has rounds. Each facilitator then drives the meeting with the page's own ajax buttons at a
 * steady rate: start (before its day: confirmed), check-in (every member marked here), agenda, booking, rounds with
 * their timers paused, resumed and extended and their steps moved on, the last round kept going with the timer
 * buttons. For each click that changed the meeting, the answer's revision (the page's liveReadAt) is matched with
 * the revisions the members' sockets receive: the delay from the answer to the last screen of the meeting getting
 * it, and to the last screen having re-read it. See docs/performance.md, "Live meetings at scale".
 */
public class LiveLoad {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern PARTIAL_FORM =
            Pattern.compile("<update id=\"live\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern READ_AT = Pattern.compile("id=\"liveReadAt\" value=\"(\\d+)\"");
    /** The running round's section as live.xhtml draws it, and whether a screen follows its timer alone. */
    private static final Pattern ROUND = Pattern.compile(
            "id=\"round\" data-round=\"([^\"]*)\" data-step=\"([^\"]*)\" data-follows-timer=\"(true|false)\"");
    private static final Pattern ROUND_REGION = Pattern.compile("<update id=\"live:roundRegion\">");
    private static final Pattern TIMER_URL = Pattern.compile("id=\"liveTimerUrl\"");
    private static final Pattern JSON_NUMBER = Pattern.compile("\"(revision|contentRevision)\"\\s*:\\s*(\\d+)");
    private static final Pattern JSON_TEXT = Pattern.compile("\"(roundId|step)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern LIVE_LINK = Pattern.compile("meetings/live\\.xhtml\\?id=([0-9a-fA-F-]{36})");
    // OmniFaces.Push.init(host, 'liveMeeting?<channel id>', ...): the socket is omnifaces.push/ + that, in the app.
    private static final Pattern PUSH_URL = Pattern.compile("OmniFaces\\.Push\\.init\\('[^']*','(liveMeeting\\?[^']+)'");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern AB_CALL = Pattern.compile("PrimeFaces\\.ab\\(\\{([^}]*)}");
    private static final Pattern AB_ARGUMENT = Pattern.compile("\\b(s|f|p|u):\"([^\"]*)\"");
    private static final Pattern REFRESH = Pattern.compile("refreshLive\\s*=\\s*function[^{]*\\{[^}]*?s:\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce on the page's scripts: its script posts it back with every form (primefaces.nonce). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern NONCE_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern RADIO_NEW = Pattern.compile("name=\"bid:issueChoice\"[^>]*value=\"([^\"]+)\"");

    private final Map<String, String> options;
    private final URI base;
    private final String password;
    /** The server's process, or both nodes' (CPU added up, heap per node); empty if not on this machine. */
    private final long[] serverPids;
    private final Shape shape;
    private final HttpClient http;
    private final ExecutorService io = Executors.newFixedThreadPool(
            Math.max(4, Runtime.getRuntime().availableProcessors() * 2), daemon("io"));
    private final Duration timeout = Duration.ofSeconds(60);

    LiveLoad(Map<String, String> options) {
        this.options = options;
        String b = option("base", null);
        if (b == null) {
            throw new IllegalArgumentException("--base is needed, e.g. --base http://localhost:8080/");
        }
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.password = option("password", "scale-learning-sets");
        this.serverPids = Arrays.stream(option("server-pid", "0").split(","))
                .mapToLong(p -> Long.parseLong(p.trim())).filter(p -> p > 0).toArray();
        this.shape = Shape.of(Double.parseDouble(option("scale", "1.0")));
        // One client for every screen: its connection pool and selector thread are shared, each screen keeps its
        // own cookies (a client per screen would be a selector thread per screen).
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).executor(io).build();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
        int status = new LiveLoad(options).run();
        System.exit(status);
    }

    private static final String HELP = """
            java ops/bench/LiveLoad.java --base http://localhost:8080/ --scale 1.0 [options]
              --scale 1.0                the LEARNINGSETS_GENERATE_SCALE the server's data was generated with
              --meetings 10              concurrent live meetings (a facilitator and --screens members each)
              --ramp 10,50,100,250       instead of --meetings: steps of N meetings at once, each step adding
                                         meetings on fresh sets to those still running, stopping at the first
                                         step that misses the target (p95 >= --target-ms, or any lost or
                                         out-of-order message); prints the largest N that held
              --screens 7                member screens per meeting
              --interval 2               seconds between a facilitator's clicks (each meeting starts at a random
                                         moment within the first interval)
              --duration 60              seconds of clicking per meeting (check-in and agenda included)
              --warmup 0                 seconds of clicking before that, not measured (a cold server's JIT)
              --bids 3                   members of each set who bid for time before the meeting (its rounds)
              --first-set 0              generated set number of the first meeting (sets are taken in order)
              --no-reread                the member screens only receive; the page re-reads (the default)
              --target-ms 1000           the p95 the ramp holds to
              --target-on told           which delay: told (from the click's answer to the last screen's
                                         message), click (from the click being sent), reread (from the answer
                                         to the last screen's re-read answer)
              --password scale-learning-sets
              --server-pid PID[,PID]     to report the server's CPU per change and its heap after GC (jcmd);
                                         two nodes on this machine: both, their CPU added up
              --csv FILE                 also write one line per step as CSV
              --drain 5                  seconds to wait after the last click for messages and re-reads
              --dump DIR                 keep the facilitators' pages and every click's request and answer
              --verbose                  print every websocket message as it arrives
            """;

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The generated data's naming (app-scale ScaleShape and ScaleLogins), to find a set's facilitator and members.

    record Shape(int programmes, int sets, int facilitators, int members, int multi) {
        static Shape of(double scale) {
            int programmes = Math.max(1, (int) Math.round(50 * scale));
            int sets = Math.max(programmes, (int) Math.round(2_000 * scale));
            int facilitators = Math.max(1, (int) Math.round((double) sets / 4));
            int people = Math.max(programmes + facilitators + 4 * sets, (int) Math.round(15_000 * scale));
            int members = people - programmes - facilitators;
            int multi = programmes < 2 ? 0 : (int) Math.round(members * 0.07);
            return new Shape(programmes, sets, facilitators, members, multi);
        }

        int setsOf(int programme) {
            return sets / programmes + (programme < sets % programmes ? 1 : 0);
        }

        int[] programmesOf(int member) {
            if (member < multi) {
                return IntStream.range(0, Math.min(3, programmes)).map(i -> (member + i) % programmes).toArray();
            }
            return new int[] {member % programmes};
        }

        String facilitatorOf(int set) {
            return "facilitator-%04d@scale.example.org".formatted(set % facilitators + 1);
        }

        List<String> membersOf(int set) {
            int programme = 0;
            int first = 0;
            while (set >= first + setsOf(programme)) {
                first += setsOf(programme++);
            }
            int count = setsOf(programme);
            int dealt = 0;
            List<String> emails = new ArrayList<>();
            for (int member = 0; member < members; member++) {
                for (int p : programmesOf(member)) {
                    if (p == programme && dealt++ % count == set - first) {
                        emails.add("member-%05d@scale.example.org".formatted(member + 1));
                    }
                }
            }
            return emails;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // A signed-in browser: its own cookies on the shared client.

    final class Session {
        final String email;
        final Map<String, String> cookies = new ConcurrentHashMap<>();

        Session(String email) {
            this.email = email;
        }

        String cookieHeader() {
            return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookieHeader());
            }
            return b;
        }

        HttpResponse<String> keep(HttpResponse<String> r) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return r;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return keep(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax)
                throws IOException, InterruptedException {
            return keep(http.send(postRequest(path, fields, ajax), HttpResponse.BodyHandlers.ofString()));
        }

        CompletableFuture<HttpResponse<String>> getAsync(String path) {
            return http.sendAsync(request(path).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).thenApply(this::keep);
        }

        CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, String> fields) {
            return http.sendAsync(postRequest(path, fields, true), HttpResponse.BodyHandlers.ofString())
                    .thenApply(this::keep);
        }

        HttpRequest postRequest(String path, Map<String, String> fields, boolean ajax) {
            HttpRequest.Builder b = request(path).header("Content-Type",
                    "application/x-www-form-urlencoded; charset=UTF-8");
            if (ajax) {
                b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            return b.POST(HttpRequest.BodyPublishers.ofString(form(fields))).build();
        }

        /** The sign-in form's POST, as Bench.java does. */
        String signIn() throws IOException, InterruptedException {
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
            nonceOf(login).ifPresent(n -> fields.put("primefaces.nonce", n));
            post("login.xhtml", fields, false);
            HttpResponse<String> home = get("index.xhtml");
            for (int again = 0; again < 5 && home.statusCode() == 403; again++) {
                home = get("index.xhtml");
            }
            if (home.statusCode() != 200 || home.body().contains("id=\"signIn\"")) {
                throw new IllegalStateException("Signing in as " + email + " failed (home page answered "
                        + home.statusCode() + "); check --password and --scale");
            }
            return home.body();
        }
    }

    private static Optional<String> nonceOf(String page) {
        Matcher n = NONCE.matcher(page);
        if (n.find()) {
            return Optional.of(n.group(1));
        }
        n = NONCE_INIT.matcher(page);
        return n.find() ? Optional.of(n.group(1)) : Optional.empty();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), unescape(m.group(2)));
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------------------------
    // One open live page: its view state and the last rendering of its form.

    static final class LiveView {
        String viewState;
        String nonce;
        String form;
        long readAt;
        /** The running round the page shows, if it follows the round's steps and timer alone (live.js); else null. */
        String timerRound;
        /** The PrimeFaces.ab arguments of each button (s, f, p, u), from the scripts PrimeFaces' CSP mode registers. */
        final Map<String, Map<String, String>> ajax = new HashMap<>();

        /** From the full page. */
        LiveView(String page) {
            Matcher vs = VIEW_STATE.matcher(page);
            if (!vs.find()) {
                throw new IllegalStateException("The live page has no view state");
            }
            viewState = unescape(vs.group(1));
            nonce = nonceOf(page).orElse(null);
            ajaxCalls(page);
            int from = page.indexOf("<form id=\"live\"");
            int to = page.indexOf("</form>", Math.max(0, from));
            form = from < 0 ? "" : page.substring(from, to < 0 ? page.length() : to);
            readAt(form);
            round(form);
        }

        /** From a partial (ajax) answer; false if it is an error or has neither the form nor the revision. */
        boolean update(String partial) {
            Matcher vs = PARTIAL_VIEW_STATE.matcher(partial);
            if (vs.find()) {
                viewState = vs.group(1);
            }
            nonceOf(partial).ifPresent(n -> nonce = n);
            ajaxCalls(partial);
            if (partial.contains("<error>")) {
                return false;
            }
            Matcher f = PARTIAL_FORM.matcher(partial);
            if (f.find()) {
                form = f.group(1);
                readAt(form);
                round(form);
                return true;
            }
            if (ROUND_REGION.matcher(partial).find()) {
                round(partial);
            }
            // A screen's re-read may draw only the parts of the form the change touched, the revision among them
            // (as the browser does, it keeps the rest); only a facilitator's page, whose clicks draw the whole
            // form, reads the buttons from the form.
            return readAt(partial);
        }

        private void ajaxCalls(String text) {
            Matcher call = AB_CALL.matcher(unescape(text));
            while (call.find()) {
                Map<String, String> arguments = new HashMap<>();
                Matcher a = AB_ARGUMENT.matcher(call.group(1));
                while (a.find()) {
                    arguments.put("ab." + a.group(1), a.group(2));
                }
                if (arguments.containsKey("ab.s")) {
                    ajax.put(arguments.get("ab.s"), arguments);
                }
            }
        }

        /** Takes the round the HTML draws (none: the page does not follow a timer alone). */
        private void round(String html) {
            Matcher r = ROUND.matcher(html);
            boolean follows = r.find() && r.group(3).equals("true");
            timerRound = follows ? r.group(1) : null;
        }

        /** Takes the revision the page has read from its HTML; false if the HTML has none. */
        private boolean readAt(String html) {
            Matcher r = READ_AT.matcher(html);
            if (r.find()) {
                readAt = Long.parseLong(r.group(1));
                return true;
            }
            return false;
        }

        /** The view state and the nonce, which every post of the page carries. */
        void tokens(Map<String, String> fields) {
            fields.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                fields.put("primefaces.nonce", nonce);
            }
        }

        /** The button's PrimeFaces.ab arguments (s, f, p, u) and its label, if the form shows it. */
        Optional<Map<String, String>> button(java.util.function.Predicate<Map<String, String>> which) {
            Matcher b = BUTTON.matcher(form);
            while (b.find()) {
                Map<String, String> a = attributes(b.group(1));
                a.put("label", b.group(2).replaceAll("<[^>]*>", "").trim());
                if (a.containsKey("id") && which.test(a)) {
                    a.putAll(ajax.getOrDefault(a.get("id"), Map.of()));
                    if (a.get("disabled") == null) {
                        return Optional.of(a);
                    }
                }
            }
            return Optional.empty();
        }

        Optional<Map<String, String>> buttonId(String id) {
            return button(a -> a.get("id").equals("live:" + id));
        }

        Optional<Map<String, String>> buttonLabelled(String ending) {
            return button(a -> a.getOrDefault("aria-label", "").endsWith(ending));
        }

        /** The form's fields as the browser would post them (inputs with a name, ticked boxes only). */
        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher i = INPUT.matcher(form);
            while (i.find()) {
                Map<String, String> a = attributes(i.group(1));
                String name = a.get("name");
                String type = a.getOrDefault("type", "text");
                if (name == null || name.equals("jakarta.faces.ViewState") || a.containsKey("disabled")) {
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
                    continue;
                }
                fields.put(name, type.equals("checkbox") ? "on" : a.getOrDefault("value", ""));
            }
            Matcher t = TEXTAREA.matcher(form);
            while (t.find()) {
                Map<String, String> a = attributes(t.group(1));
                if (a.get("name") != null) {
                    fields.put(a.get("name"), unescape(t.group(2)));
                }
            }
            return fields;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // A member's screen: the live page, its websocket, and the page script's re-reading.

    record Received(long revision, long nanos, boolean relayed) {
    }

    record Shown(long readAt, long nanos) {
    }

    final class Screen implements WebSocket.Listener {
        final Session session;
        final String meetingId;
        final boolean reread;
        LiveView view;
        String refreshSource;
        /** Whether the page offers the timer's figures (liveTimerUrl), as live.js reads them. */
        boolean timerOffered;
        WebSocket socket;
        final List<Received> received = Collections.synchronizedList(new ArrayList<>());
        final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger rereadErrors = new AtomicInteger();
        /** Re-reads answered by the running step's figures alone (/meetings/live-timer). */
        final AtomicInteger timerReads = new AtomicInteger();
        /** The counters at the start of the step, which counts only its own. */
        int closedBefore;
        int rereadErrorsBefore;
        int timerReadsBefore;
        private final StringBuilder partialMessage = new StringBuilder();
        private boolean reading;
        private long latestChange;
        private long latestContentChange;

        Screen(Session session, String meetingId, boolean reread) {
            this.session = session;
            this.meetingId = meetingId;
            this.reread = reread;
        }

        /** Opens the page and its websocket, as the browser does. */
        void open() throws Exception {
            HttpResponse<String> page = session.get("meetings/live.xhtml?id=" + meetingId);
            if (page.statusCode() != 200 || !page.body().contains("id=\"liveMeetingId\"")) {
                throw new IllegalStateException(session.email + ": the live page answered " + page.statusCode());
            }
            view = new LiveView(page.body());
            Matcher push = PUSH_URL.matcher(page.body());
            if (!push.find()) {
                throw new IllegalStateException(session.email + ": no websocket on the live page");
            }
            Matcher refresh = REFRESH.matcher(unescape(page.body()));
            refreshSource = refresh.find() ? refresh.group(1) : null;
            timerOffered = TIMER_URL.matcher(page.body()).find();
            if (reread && refreshSource == null) {
                throw new IllegalStateException("No refreshLive remote command on the live page");
            }
            String scheme = base.getScheme().equals("https") ? "wss" : "ws";
            URI ws = URI.create(scheme + "://" + base.getRawAuthority() + base.getRawPath() + "omnifaces.push/" + push.group(1));
            try {
                socket = http.newWebSocketBuilder().header("Cookie", session.cookieHeader())
                        .connectTimeout(Duration.ofSeconds(30)).buildAsync(ws, this).get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // Not a member's trouble: every screen would fail alike (e.g. a proxy that does not pass the
                // websocket on, whose node then answers the handshake 404).
                throw new IOException("The live page's websocket " + ws + " did not open: " + e.getCause(), e);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partialMessage.append(data);
            if (last) {
                String message = partialMessage.toString();
                partialMessage.setLength(0);
                if (options.containsKey("verbose")) {
                    System.err.println(session.email + " got " + message);
                }
                // OmniFaces' socket sends the text as a JSON string: "<meeting id> <page token> <revision> <content
                // revision>" (ids and numbers only, so nothing inside is escaped).
                String[] parts = message.trim().replace("\"", "").split(" ");
                if (parts.length >= 3 && parts[0].equals(meetingId)) {
                    long revision = Long.parseLong(parts[2]);
                    received.add(new Received(revision, now, parts[1].equals("relay")));
                    changed(revision, parts.length > 3 ? Long.parseLong(parts[3]) : revision);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (options.containsKey("verbose")) {
                System.err.println(session.email + " socket closed " + statusCode + " " + reason);
            }
            closed.incrementAndGet();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.incrementAndGet();
        }

        /** LearningSets.liveChanged: re-read unless this page has read that revision, one read at a time. */
        private synchronized void changed(long revision, long contentRevision) {
            latestChange = Math.max(latestChange, revision);
            latestContentChange = Math.max(latestContentChange, contentRevision);
            rereadIfBehind();
        }

        /** As live.js: the running step's figures after changes within the round, on a screen without controls. */
        private synchronized void rereadIfBehind() {
            if (!reread || reading || latestChange <= view.readAt) {
                return;
            }
            reading = true;
            if (timerOffered && view.timerRound != null && latestContentChange <= view.readAt) {
                rereadTimer();
            } else {
                rereadPage();
            }
        }

        private void rereadTimer() {
            String round = view.timerRound;
            session.getAsync("meetings/live-timer?id=" + meetingId).whenComplete((r, e) -> {
                long now = System.nanoTime();
                synchronized (this) {
                    if (e != null || r.statusCode() != 200) {
                        rereadPage();
                        return;
                    }
                    Map<String, String> figures = new HashMap<>();
                    Matcher n = JSON_NUMBER.matcher(r.body());
                    while (n.find()) {
                        figures.put(n.group(1), n.group(2));
                    }
                    Matcher t = JSON_TEXT.matcher(r.body());
                    while (t.find()) {
                        figures.put(t.group(1), t.group(2));
                    }
                    if (Long.parseLong(figures.getOrDefault("contentRevision", "" + Long.MAX_VALUE)) > view.readAt
                            || !round.equals(figures.get("roundId")) || r.body().contains("\"canCapture\":true")) {
                        rereadPage();
                        return;
                    }
                    view.readAt = Math.max(view.readAt, Long.parseLong(figures.get("revision")));
                    shown.add(new Shown(view.readAt, now));
                    timerReads.incrementAndGet();
                    reading = false;
                    rereadIfBehind();
                }
            });
        }

        private synchronized void rereadPage() {
            reading = true;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", refreshSource);
            fields.put("jakarta.faces.partial.execute", refreshSource);
            fields.put("jakarta.faces.partial.render", "live");
            fields.put(refreshSource, refreshSource);
            fields.put("live", "live");
            view.tokens(fields);
            session.postAsync("meetings/live.xhtml?id=" + meetingId, fields).whenComplete((r, e) -> {
                long now = System.nanoTime();
                synchronized (this) {
                    reading = false;
                    if (e == null && r.statusCode() == 200 && view.update(r.body())) {
                        shown.add(new Shown(view.readAt, now));
                    } else {
                        rereadErrors.incrementAndGet();
                        return; // as the page: a failed read waits for the next message
                    }
                    rereadIfBehind();
                }
            });
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // A meeting: its facilitator's page, driven by clicks, and its members' screens.

    record Click(String kind, long revision, long sentNanos, long answeredNanos) {
    }

    final class Meeting {
        final int set;
        final Session facilitator;
        final List<Session> members = new ArrayList<>();
        String meetingId;
        LiveView view;
        final List<Screen> screens = new ArrayList<>();
        final List<Click> clicks = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> refused = new ConcurrentHashMap<>();
        long revision;
        /** The cycle of timer buttons in a round: pause, resume, one more minute, next step. */
        int cycle;
        int roundsStarted;

        Meeting(int set) {
            this.set = set;
            this.facilitator = new Session(shape.facilitatorOf(set));
        }

        /** Signs everyone in, finds the set's next meeting (the one its members' home pages link to live). */
        void prepare(int screensWanted) throws Exception {
            facilitator.signIn();
            Map<String, Integer> votes = new HashMap<>();
            for (String email : shape.membersOf(set)) {
                Session s = new Session(email);
                String home;
                try {
                    home = s.signIn();
                } catch (IllegalStateException e) {
                    continue;
                }
                Matcher m = LIVE_LINK.matcher(home);
                while (m.find()) {
                    votes.merge(m.group(1), 1, Integer::sum);
                }
                members.add(s);
            }
            meetingId = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow(() -> new IllegalStateException("Set " + set + ": no member's home page links a "
                            + "meeting to run live; is --scale the server's LEARNINGSETS_GENERATE_SCALE?"));
            if (members.size() < screensWanted) {
                throw new IllegalStateException("Set " + set + " has " + members.size() + " members who sign in");
            }
        }

        /** Members bid for time at the meeting (the prepare page's form), so that it has rounds. */
        void bid(int bids) throws Exception {
            int made = 0;
            for (Session s : members) {
                if (made == bids) {
                    break;
                }
                HttpResponse<String> page = s.get("meetings/prepare.xhtml?id=" + meetingId);
                Matcher vs = VIEW_STATE.matcher(page.body());
                int form = page.body().indexOf("<form id=\"bid\"");
                if (page.statusCode() != 200 || form < 0 || !vs.find(form)) {
                    continue; // apologies sent, or the page refuses this member: another one bids
                }
                Matcher choice = RADIO_NEW.matcher(page.body());
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("bid", "bid");
                fields.put("bid:issueChoice", choice.find(form) ? unescape(choice.group(1)) : "new");
                fields.put("bid:title", "Load test issue " + (made + 1));
                fields.put("bid:narrative", "");
                fields.put("bid:minutes", "15");
                fields.put("bid:submitBid", "");
                fields.put("jakarta.faces.ViewState", unescape(vs.group(1)));
                nonceOf(page.body()).ifPresent(x -> fields.put("primefaces.nonce", x));
                HttpResponse<String> r = s.post("meetings/prepare.xhtml?id=" + meetingId, fields, false);
                if (r.statusCode() / 100 == 3 || r.statusCode() == 200 && !r.body().contains("ui-message-error")) {
                    made++;
                }
            }
        }

        void open(int screensWanted, boolean reread) throws Exception {
            HttpResponse<String> page = facilitator.get("meetings/live.xhtml?id=" + meetingId);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("Facilitator's live page answered " + page.statusCode());
            }
            view = new LiveView(page.body());
            revision = view.readAt;
            dump("facilitator-" + set + ".html", page.body());
            for (Session s : members) {
                if (screens.size() == screensWanted) {
                    break;
                }
                Screen screen = new Screen(s, meetingId, reread);
                try {
                    screen.open();
                    screens.add(screen);
                } catch (IllegalStateException e) {
                    // e.g. a member who has not agreed the ground rules yet: the page is closed to them
                }
            }
            if (screens.size() < screensWanted) {
                throw new IllegalStateException("Set " + set + ": only " + screens.size() + " members' screens open");
            }
        }

        /** The next button to press, as a person running the meeting would; empty when nothing is left to do. */
        Optional<Map<String, String>> next() {
            LiveView v = view;
            Optional<Map<String, String>> b;
            for (String id : List.of("startEarly", "start", "confirmToReview")) {
                if ((b = v.buttonId(id)).isPresent()) {
                    return b;
                }
            }
            if (v.form.contains("id=\"checkInTable\"")) {
                // Mark whoever is not marked yet, then on to the agenda.
                Matcher unmarked = Pattern.compile("<span id=\"att-[^\"]+\">Not marked yet</span>").matcher(v.form);
                if (unmarked.find()) {
                    int at = unmarked.end();
                    Matcher here = BUTTON.matcher(v.form);
                    if (here.find(at)) {
                        Map<String, String> a = attributes(here.group(1));
                        if (a.getOrDefault("aria-label", "").endsWith(" is here")) {
                            return v.button(x -> x.get("id").equals(a.get("id")));
                        }
                    }
                }
                return v.buttonId("toAgenda");
            }
            if ((b = v.buttonId("bookAgenda")).isPresent()) {
                return b;
            }
            if (v.form.contains("id=\"roundControls\"")) {
                Optional<Map<String, String>> nextStep = v.buttonId("nextStep");
                boolean lastStep = nextStep.map(x -> x.get("label").startsWith("End the round")).orElse(false);
                int booked = v.form.indexOf("id=\"bookedAgenda\"");
                int bookedEnd = v.form.indexOf("</ol>", Math.max(0, booked));
                boolean moreRounds = booked >= 0 && bookedEnd > booked
                        && v.form.substring(booked, bookedEnd).split("<li", -1).length - 1 > roundsStarted;
                // A round: pause, resume, one more minute, next step; the last round keeps its last step going.
                String id = switch (cycle++ % 4) {
                    case 0 -> "pause";
                    case 1 -> "resume";
                    case 2 -> "addMinute";
                    default -> lastStep && !moreRounds && roundsStarted > 0 ? "addMinute" : "nextStep";
                };
                return v.buttonId(id).or(() -> v.buttonId("resume"));
            }
            if ((b = v.button(a -> a.getOrDefault("aria-label", "").startsWith("Start the round for"))).isPresent()) {
                roundsStarted++;
                cycle = 0;
                return b;
            }
            return v.buttonId("toReview").or(() -> v.buttonId("endMeeting"));
        }

        /** Presses the button as PrimeFaces does (a partial request); records the click if it changed the meeting. */
        boolean press(Map<String, String> button) throws IOException, InterruptedException {
            String source = button.get("id");
            String process = button.getOrDefault("ab.p", "live");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", process.replace(',', ' '));
            fields.put("jakarta.faces.partial.render", button.getOrDefault("ab.u", "live").replace(',', ' '));
            fields.put(source, source);
            fields.putAll(view.fields()); // PrimeFaces posts the whole form, whatever it processes
            fields.put("live", "live");
            view.tokens(fields);
            long sent = System.nanoTime();
            HttpResponse<String> r = facilitator.post("meetings/live.xhtml?id=" + meetingId, fields, true);
            long answered = System.nanoTime();
            String kind = kindOf(button);
            dump("facilitator-" + set + "-" + (clicks.size() + refused.size()) + "-" + kind + ".xml",
                    form(fields) + "\n\n" + r.body());
            if (r.statusCode() != 200 || !view.update(r.body())) {
                refused.merge(kind + " (HTTP " + r.statusCode() + ")", 1, Integer::sum);
                return false;
            }
            if (view.readAt > revision) {
                revision = view.readAt;
                clicks.add(new Click(kind, revision, sent, answered));
            } else if (!kind.equals("start")) { // "start" before the meeting's day only asks to confirm
                refused.merge(kind + " (no change)", 1, Integer::sum);
            }
            return true;
        }

        /** A step counts its own refusals and closed sockets. */
        private Map<String, Integer> refusedBefore = Map.of();

        void beginStep() {
            refusedBefore = Map.copyOf(refused);
            for (Screen s : screens) {
                s.closedBefore = s.closed.get();
                s.rereadErrorsBefore = s.rereadErrors.get();
                s.timerReadsBefore = s.timerReads.get();
            }
        }

        Map<String, Integer> refusedInStep() {
            Map<String, Integer> step = new LinkedHashMap<>();
            refused.forEach((k, v) -> {
                int count = v - refusedBefore.getOrDefault(k, 0);
                if (count > 0) {
                    step.put(k, count);
                }
            });
            return step;
        }

        void close() {
            screens.forEach(Screen::close);
        }
    }

    /** --dump DIR: keeps pages and answers for a look at what the program saw (small runs only). */
    private void dump(String name, String content) {
        String dir = option("dump", null);
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.writeString(Path.of(dir, name), content);
            } catch (IOException e) {
                System.err.println("Not dumped: " + e);
            }
        }
    }

    private static String kindOf(Map<String, String> button) {
        String id = button.get("id");
        String label = button.getOrDefault("aria-label", "");
        if (label.endsWith(" is here")) {
            return "check-in";
        }
        if (label.startsWith("Start the round for")) {
            return "startRound";
        }
        return id.substring(id.lastIndexOf(':') + 1);
    }

    // ------------------------------------------------------------------------------------------------------------

    record Step(int meetings, int screens, int changes, double p50, double p95, double p99, double max,
                double fromClickP95, double shownP95, int added, double addedShownP95, long lost, long coalesced, long outOfOrder, long duplicates, long socketsClosed,
                long rereadErrors, long refused, double cpuMsPerChange, double serverCores, double benchCores,
                double otherCores, String heap, double load, long timerReads) {
        /** The target: p95 under targetMs (of the delay named by --target-on), nothing lost or out of order. */
        boolean held(double targetMs, String on) {
            double measured = switch (on) {
                case "click" -> fromClickP95;
                case "reread" -> shownP95;
                default -> p95;
            };
            return meetings > 0 && changes > 0 && measured < targetMs && lost == 0 && outOfOrder == 0
                    && socketsClosed == 0;
        }
    }

    int run() throws Exception {
        int screens = Integer.parseInt(option("screens", "7"));
        double targetMs = Double.parseDouble(option("target-ms", "1000"));
        String targetOn = option("target-on", "told");
        if (!List.of("told", "click", "reread").contains(targetOn)) {
            throw new IllegalArgumentException("--target-on is told, click or reread");
        }
        List<Integer> steps = Arrays.stream(option("ramp", option("meetings", "10")).split(","))
                .map(s -> Integer.parseInt(s.trim())).toList();
        boolean ramp = options.containsKey("ramp");
        System.out.printf("Learning Sets live meetings, %s, %s, %d cores, load %s; generated data at scale %s "
                        + "(%d sets, %d facilitators)%n", base,
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), loadAverages(), option("scale", "1.0"), shape.sets(),
                shape.facilitators());
        int firstSet = Integer.parseInt(option("first-set", "0"));
        List<Step> results = new ArrayList<>();
        Integer largest = null;
        // The steps add meetings to those already running: step N has N meetings going at once, and each person
        // signs in once in the whole run (every sign-in is a deliberately slow password hash on the server).
        List<Meeting> running = new ArrayList<>();
        try {
            for (int n : steps) {
                int adding = n - running.size();
                if (adding < 0) {
                    throw new IllegalArgumentException("--ramp steps go up: " + n + " after " + running.size());
                }
                if (firstSet + adding > shape.sets()) {
                    System.out.printf("Step %d: only %d sets left after set %d; stopping%n", n,
                            shape.sets() - firstSet, firstSet);
                    break;
                }
                Step step = step(running, firstSet, adding, screens);
                firstSet += adding;
                results.add(step);
                print(step, targetMs, targetOn);
                if (step.held(targetMs, targetOn)) {
                    largest = n;
                } else if (ramp) {
                    break;
                }
            }
        } finally {
            running.forEach(Meeting::close);
        }
        table(results);
        if (ramp) {
            System.out.println(largest == null
                    ? "No step held the target (p95 " + targetOn + " under " + (long) targetMs
                            + " ms, nothing lost or out of order)."
                    : "Largest number of meetings that held the target (p95 " + targetOn + " under " + (long) targetMs
                            + " ms, nothing lost or out of order): " + largest + " (" + largest * (screens + 1)
                            + " screens)");
        }
        return results.stream().allMatch(s -> s.meetings() > 0) ? 0 : 1;
    }

    /** Adds {@code adding} meetings on the next sets to those running, then drives them all and measures. */
    private Step step(List<Meeting> running, int firstSet, int adding, int screens) throws Exception {
        double interval = Double.parseDouble(option("interval", "2"));
        Duration duration = Duration.ofSeconds(Long.parseLong(option("duration", "60")));
        int bids = Integer.parseInt(option("bids", "3"));
        boolean reread = !options.containsKey("no-reread");
        int n = running.size() + adding;
        System.out.printf("%nStep: %d meetings (%d added: sets %d-%d), %d member screens each, a click every %.1f s "
                + "per meeting for %d s after %d s of warm-up%n", n, adding, firstSet, firstSet + adding - 1, screens,
                interval, duration.toSeconds(), Long.parseLong(option("warmup", "0")));
        List<Meeting> added = new ArrayList<>();
        for (int i = 0; i < adding; i++) {
            added.add(new Meeting(firstSet + i));
        }
        // Two at a time: each sign-in is a deliberately slow password hash on the server.
        long t0 = System.nanoTime();
        forEach(added, 2, m -> {
            m.prepare(screens);
            m.bid(bids);
        });
        System.out.printf("  signed in %d people, %d bids each, in %.0f s%n",
                added.stream().mapToInt(m -> m.members.size() + 1).sum(), bids, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        forEach(added, 4, m -> m.open(screens, reread));
        System.out.printf("  opened %d screens with their websockets in %.0f s%n",
                added.stream().mapToInt(m -> m.screens.size() + 1).sum(), (System.nanoTime() - t0) / 1e9);
        running.addAll(added);
        List<Meeting> meetings = List.copyOf(running);
        meetings.forEach(Meeting::beginStep);
        Thread.sleep(1000);

        Duration warmup = Duration.ofSeconds(Long.parseLong(option("warmup", "0")));
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        // The server's CPU is counted from the end of the warm-up; clicks sent before it are not measured.
        var sampler = Executors.newSingleThreadScheduledExecutor(daemon("sampler"));
        var before = sampler.schedule(() -> CpuSample.now(serverPids), warmup.toNanos(), TimeUnit.NANOSECONDS);
        long period = (long) (interval * 1e9);
        AtomicLong errors = new AtomicLong();
        ExecutorService drivers = Executors.newFixedThreadPool(n, daemon("facilitator"));
        List<Future<?>> driving = new ArrayList<>();
        for (Meeting m : meetings) {
            driving.add(drivers.submit(() -> {
                long at = start + ThreadLocalRandom.current().nextLong(period);
                while (at < end) {
                    long wait = at - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    Optional<Map<String, String>> button = m.next();
                    if (button.isEmpty()) {
                        break;
                    }
                    try {
                        m.press(button.get());
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    // A steady rate; a late answer is not made up for with a burst.
                    at = Math.max(at + period, System.nanoTime());
                }
                return null;
            }));
        }
        for (Future<?> f : driving) {
            f.get();
        }
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        Cpu cpu = before.get().until(CpuSample.now(serverPids), seconds, serverPids.length > 0);
        sampler.shutdown();
        drivers.shutdown();
        // Messages and re-reads still on their way.
        Thread.sleep(Long.parseLong(option("drain", "5")) * 1000);
        return figures(meetings, added, cpu, seconds, errors.get(), measureFrom, end);
    }

    /** The step's figures: clicks sent from measureFrom to end, and what the screens received meanwhile. */
    private Step figures(List<Meeting> meetings, List<Meeting> added, Cpu cpu, double seconds, long ioErrors,
            long measureFrom, long end) {
        List<Double> delays = new ArrayList<>();
        List<Double> shownDelays = new ArrayList<>();
        // The meetings this step opened, apart: they start together, at check-in, on a server not yet used to them.
        List<Double> addedShownDelays = new ArrayList<>();
        List<Double> fromClick = new ArrayList<>();
        long lost = 0;
        long coalesced = 0;
        long outOfOrder = 0;
        long duplicates = 0;
        long closed = 0;
        long rereadErrors = 0;
        long timerReads = 0;
        long refused = ioErrors;
        int changes = 0;
        Map<String, Integer> refusals = new LinkedHashMap<>();
        for (Meeting m : meetings) {
            m.refusedInStep().forEach((k, v) -> refusals.merge(k, v, Integer::sum));
            refused += m.refusedInStep().values().stream().mapToInt(Integer::intValue).sum();
            List<Click> measured;
            synchronized (m.clicks) {
                measured = m.clicks.stream()
                        .filter(c -> c.sentNanos() >= measureFrom && c.sentNanos() < end)
                        .toList();
            }
            changes += measured.size();
            for (Screen s : m.screens) {
                closed += s.closed.get() - s.closedBefore;
                rereadErrors += s.rereadErrors.get() - s.rereadErrorsBefore;
                timerReads += s.timerReads.get() - s.timerReadsBefore;
                List<Received> got;
                synchronized (s.received) {
                    got = new ArrayList<>(s.received);
                }
                long highest = 0;
                java.util.Set<Long> seen = new java.util.HashSet<>();
                // Messages of earlier steps count there; they still set the highest revision seen.
                for (Received r : got) {
                    boolean inStep = r.nanos() >= measureFrom;
                    if (r.revision() < highest && inStep) {
                        outOfOrder++;
                    }
                    if (!seen.add(r.revision()) && inStep) {
                        duplicates++;
                    }
                    highest = Math.max(highest, r.revision());
                }
            }
            for (Click c : measured) {
                long lastMessage = Long.MIN_VALUE;
                long lastShown = Long.MIN_VALUE;
                boolean all = true;
                boolean allShown = true;
                for (Screen s : m.screens) {
                    // The change has reached the screen with the first message of its revision or a later one.
                    Optional<Received> first;
                    synchronized (s.received) {
                        first = s.received.stream().filter(r -> r.revision() >= c.revision()).findFirst();
                        if (first.isPresent() && s.received.stream().noneMatch(r -> r.revision() == c.revision())) {
                            coalesced++;
                        }
                    }
                    if (first.isEmpty()) {
                        lost++;
                        all = false;
                    } else {
                        lastMessage = Math.max(lastMessage, first.get().nanos());
                    }
                    Optional<Shown> read;
                    synchronized (s.shown) {
                        read = s.shown.stream().filter(r -> r.readAt() >= c.revision()).findFirst();
                    }
                    if (read.isEmpty()) {
                        allShown = false;
                    } else {
                        lastShown = Math.max(lastShown, read.get().nanos());
                    }
                }
                // The pushes go out before the facilitator's answer is written: a screen told sooner counts 0.
                if (all) {
                    delays.add(Math.max(0, lastMessage - c.answeredNanos()) / 1e6);
                    fromClick.add((lastMessage - c.sentNanos()) / 1e6);
                }
                if (allShown && !m.screens.isEmpty() && m.screens.get(0).reread) {
                    double shownMs = Math.max(0, lastShown - c.answeredNanos()) / 1e6;
                    shownDelays.add(shownMs);
                    if (added.contains(m)) {
                        addedShownDelays.add(shownMs);
                    }
                }
            }
        }
        refusals.forEach((k, v) -> System.out.printf("    clicks refused or failed: %d x %s%n", v, k));
        Collections.sort(delays);
        Collections.sort(shownDelays);
        Collections.sort(addedShownDelays);
        Collections.sort(fromClick);
        String heap = Arrays.stream(serverPids).mapToObj(LiveLoad::heapAfterGc).collect(Collectors.joining(" / "));
        return new Step(meetings.size(), meetings.stream().mapToInt(m -> m.screens.size() + 1).sum(), changes,
                percentile(delays, 50), percentile(delays, 95), percentile(delays, 99),
                delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1), percentile(fromClick, 95),
                percentile(shownDelays, 95), added.size(), percentile(addedShownDelays, 95), lost,
                coalesced, outOfOrder, duplicates, closed, rereadErrors, refused,
                1000 * cpu.server() * seconds / Math.max(1, changes), cpu.server(), cpu.bench(), cpu.others(), heap,
                loadOne(), timerReads);
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    interface Work<T> {
        void run(T t) throws Exception;
    }

    private static <T> void forEach(List<T> items, int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("setup"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    work.run(item);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void print(Step s, double targetMs, String targetOn) {
        System.out.printf(Locale.ROOT, "  %d meetings, %d screens: %d changes; answer to last screen told p50 %.0f, "
                        + "p95 %.0f, p99 %.0f, max %.0f ms; from the click p95 %.0f ms; to last screen re-read p95 %.0f ms (the %d just added: %.0f ms); lost %d, out of order "
                        + "%d, duplicates %d, coalesced %d, sockets closed %d, re-read errors %d, clicks refused %d; "
                        + "re-reads by the step's figures alone %d; server CPU %.1f ms per change; heap after GC %s -> %s%n",
                s.meetings(), s.screens(), s.changes(), s.p50(), s.p95(), s.p99(), s.max(), s.fromClickP95(),
                s.shownP95(), s.added(), s.addedShownP95(), s.lost(), s.outOfOrder(), s.duplicates(), s.coalesced(),
                s.socketsClosed(), s.rereadErrors(), s.refused(), s.timerReads(),
                s.cpuMsPerChange(), s.heap().isEmpty() ? "n/a" : s.heap(), s.held(targetMs, targetOn) ? "held" : "MISSED");
    }

    private void table(List<Step> steps) throws IOException {
        String header = "| meetings | screens | changes | p50 ms | p95 ms | p99 ms | max ms | from click p95 ms | re-read p95 ms | added | re-read p95 ms, added | lost "
                + "| out of order | duplicates | coalesced | sockets closed | refused | server CPU ms per change "
                + "| server cores | bench cores | other cores | heap after GC (MB used, metaspace, RSS) | load |";
        StringBuilder table = new StringBuilder(header).append('\n').append(header.replaceAll("[^|]+", "---"))
                .append('\n');
        StringBuilder csv = new StringBuilder("meetings,screens,changes,p50_ms,p95_ms,p99_ms,max_ms,from_click_p95_ms,reread_p95_ms,added,added_reread_p95_ms,"
                + "lost,out_of_order,duplicates,coalesced,sockets_closed,refused,server_cpu_ms_per_change,"
                + "server_cores,bench_cores,other_cores,heap,load1\n");
        for (Step s : steps) {
            table.append(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d | %.0f "
                            + "| %d | %d | %d "
                            + "| %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %s | %.1f |%n", s.meetings(), s.screens(),
                    s.changes(), s.p50(), s.p95(), s.p99(), s.max(), s.fromClickP95(), s.shownP95(), s.added(),
                    s.addedShownP95(), s.lost(),
                    s.outOfOrder(),
                    s.duplicates(), s.coalesced(), s.socketsClosed(), s.refused(), s.cpuMsPerChange(),
                    s.serverCores(), s.benchCores(), s.otherCores(), s.heap(), s.load()));
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%.1f,%d,%d,%d,%d,%d,%d,%.2f,%.2f,"
                            + "%.2f,%.2f,%s,%.2f%n", s.meetings(), s.screens(), s.changes(), s.p50(), s.p95(), s.p99(),
                    s.max(), s.fromClickP95(), s.shownP95(), s.added(), s.addedShownP95(), s.lost(), s.outOfOrder(), s.duplicates(), s.coalesced(), s.socketsClosed(),
                    s.refused(), s.cpuMsPerChange(), s.serverCores(), s.benchCores(), s.otherCores(), s.heap(),
                    s.load()));
        }
        System.out.println();
        System.out.print(table);
        System.out.println();
        System.out.println("Delay: from the facilitator's ajax answer to the last member screen of the meeting "
                + "receiving a websocket message of that revision or a later one (0 if before the answer); re-read: "
                + "to the last screen's re-read answer showing it. Lost: a screen never told of a change; coalesced: "
                + "told by a later revision only. Server CPU from /proc/<pid>/stat over the clicking time.");
        String file = option("csv", null);
        if (file != null) {
            Files.writeString(Path.of(file), csv);
            System.out.println("CSV: " + file);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The server's CPU and heap, as Bench.java and micro.sh read them.

    record Cpu(double server, double bench, double others) {
    }

    record CpuSample(double machineBusy, double server, double bench) {
        private static final double TICKS = 100.0;

        static CpuSample now(long[] serverPids) {
            double busy;
            double server = 0;
            try {
                long[] cpu = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                        .skip(1).mapToLong(Long::parseLong).toArray();
                busy = (IntStream.range(0, Math.min(8, cpu.length)).mapToLong(i -> cpu[i]).sum() - cpu[3] - cpu[4])
                        / TICKS;
                for (long pid : serverPids) {
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    server += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                }
            } catch (IOException | RuntimeException e) {
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

    /** A full GC through jcmd, then "heap used MB, metaspace MB, RSS MB", as micro.sh's heap_after_gc. */
    private static String heapAfterGc(long pid) {
        try {
            run("jcmd", String.valueOf(pid), "GC.run");
            String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
            Matcher heap = Pattern.compile("heap.*total.*?used (\\d+)K").matcher(info);
            Matcher meta = Pattern.compile("Metaspace.*?used (\\d+)K").matcher(info);
            String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).map(l -> l.replaceAll("\\D", "")).findFirst().orElse("0");
            return String.format(Locale.ROOT, "%d, %d, %d",
                    heap.find() ? Long.parseLong(heap.group(1)) / 1024 : -1,
                    meta.find() ? Long.parseLong(meta.group(1)) / 1024 : -1, Long.parseLong(rss) / 1024);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
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
}
