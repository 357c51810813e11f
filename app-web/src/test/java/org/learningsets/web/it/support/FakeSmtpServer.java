package org.learningsets.web.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A mail server for tests on the loopback interface: speaks just enough SMTP (no TLS, no authentication) for Jakarta
 * Mail, and records each message it accepts. It can hold back the first message it receives: it reads the whole
 * message and then never answers, as a mail server that has not yet said "accepted" when the sending node dies, so
 * that message is not delivered by that connection.
 */
public final class FakeSmtpServer implements AutoCloseable {

    /** An accepted message: its recipients and its full text (headers and body). */
    public record Accepted(List<String> recipients, String text) {}

    private final ServerSocket socket;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean holdNext;
    private final CountDownLatch held = new CountDownLatch(1);
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private FakeSmtpServer(boolean holdFirst) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.holdNext = new AtomicBoolean(holdFirst);
        this.acceptor = new Thread(this::acceptLoop, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A server that accepts everything, or holds back the first message ({@code holdFirst}). */
    public static FakeSmtpServer start(boolean holdFirst) throws IOException {
        return new FakeSmtpServer(holdFirst);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits until a message has been received and held back; false when none came in time. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread conversation = new Thread(() -> converse(client), "fake-smtp-client");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 fake.smtp.test ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 fake.smtp.test");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipients.add(line.substring(line.indexOf(':') + 1).trim());
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder text = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        text.append(data).append('\n');
                    }
                    if (holdNext.compareAndSet(true, false)) {
                        held.countDown();
                        while (in.readLine() != null) {
                            // Never answers: the sender waits until it gives up or dies.
                        }
                        return;
                    }
                    accepted.add(new Accepted(List.copyOf(recipients), text.toString()));
                    reply(out, "250 OK queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 OK");
                } else {
                    reply(out, "502 Not implemented");
                }
            }
        } catch (IOException connectionGone) {
            // The sender closed or died.
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
        acceptor.join(5000);
    }
}
