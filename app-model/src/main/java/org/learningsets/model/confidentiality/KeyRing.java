package org.learningsets.model.confidentiality;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that protect confidential text, kept in a file outside the database (its path is the
 * {@value #KEY_FILE_SETTING} setting) so a copy of the database or its backups alone reveals nothing. One key
 * is current and encrypts; every key decrypts, so text written before a rotation stays readable. Immutable and
 * safe to share between threads; neither {@link #toString()} nor any message ever contains key material.
 *
 * <h2>Key file format</h2>
 * UTF-8 text, one entry a line; blank lines and lines starting with {@code #} are ignored, spaces around names
 * and values are ignored:
 * <pre>
 * # Learning Sets encryption keys
 * current=k2
 * k1=&lt;44 Base64 characters: 32 random bytes&gt;
 * k2=&lt;44 Base64 characters: 32 random bytes&gt;
 * </pre>
 * <ul>
 * <li>{@code current=<id>}: exactly once; names the key that encrypts new text.</li>
 * <li>{@code <id>=<key>}: one line per key; the id is 1 to 8 letters, digits, {@code -} or {@code _} (it is
 * written into every stored value, so it stays short), each id once; the key is standard Base64 (RFC 4648) of
 * exactly 32 random bytes.</li>
 * </ul>
 * On a POSIX file system the file must not be readable or writable by other users, nor writable by its group
 * ({@code chmod 600} or {@code 640}); files this class writes are owner-only ({@code rw-------}).
 *
 * <h2>Rotation</h2>
 * Step 1: {@code KeyRing.load(file).withNewCurrentKey().save(file)} adds a fresh current key and keeps the old
 * ones. Step 2: re-encrypt every value for which {@link TextCipher#needsReEncryption(String)} is true. Only after
 * step 2 may an old key be removed from the file by hand.
 */
public final class KeyRing {

    /** The configuration setting (environment variable) that holds the key file's path. */
    public static final String KEY_FILE_SETTING = "LEARNINGSETS_KEY_FILE";

    static final int KEY_BYTES = 32;
    static final int MAX_KEY_ID_LENGTH = 8;
    static final String KEY_ID_CHARACTERS = "[A-Za-z0-9_-]";

    private static final Pattern KEY_ID = Pattern.compile(KEY_ID_CHARACTERS + "{1," + MAX_KEY_ID_LENGTH + "}");
    private static final Pattern NUMBERED_ID = Pattern.compile("k(\\d{1," + (MAX_KEY_ID_LENGTH - 1) + "})");
    private static final String CURRENT = "current";
    private static final String KEY_ID_RULE = "1 to " + MAX_KEY_ID_LENGTH + " letters, digits, '-' or '_'";
    /** A key file holds a few short lines; anything this big is the wrong file. */
    private static final long MAX_FILE_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** In file order, so a saved file reads oldest key first. */
    private final Map<String, SecretKey> keys;
    private final String currentId;

    private KeyRing(Map<String, SecretKey> keys, String currentId) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.currentId = currentId;
    }

    /** Reads and strictly checks a key file; see the class comment for the format. */
    public static KeyRing load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new KeyFileException("The key file " + file + " does not exist. Set " + KEY_FILE_SETTING
                    + " to the path of the key file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new KeyFileException("The key file " + file + " is not a regular file.");
        }
        refuseIfExposed(file);
        return parse(file, read(file));
    }

    /**
     * Creates a key file holding one new random key, {@code k1}, as current. Refuses to overwrite an existing
     * file: its keys may be the only way to read text already stored.
     */
    public static KeyRing generate(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(file);
        }
        KeyRing ring = new KeyRing(Map.of("k1", newKey()), "k1");
        ring.write(file, false);
        return ring;
    }

    /** Rotation step 1: a copy of this ring with a new random key added and made current; old keys stay. */
    public KeyRing withNewCurrentKey() {
        String id = nextKeyId();
        Map<String, SecretKey> more = new LinkedHashMap<>(keys);
        more.put(id, newKey());
        return new KeyRing(more, id);
    }

    /**
     * Writes this ring to {@code file}, replacing it atomically (a complete temporary file in the same folder is
     * moved over it), so a crash leaves either the old file or the new one, never half a file. If {@code file} is
     * a symbolic link, the file it points to is replaced.
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file");
        Path target = file;
        try {
            if (Files.exists(file)) {
                target = file.toRealPath();
            }
        } catch (IOException e) {
            throw new KeyFileException("The key file " + file + " could not be resolved (" + describe(e) + ").", e);
        }
        write(target, true);
    }

    /** The id of the key that encrypts. */
    public String currentKeyId() {
        return currentId;
    }

    /** Every key id, in file order. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    public boolean hasKey(String id) {
        return keys.containsKey(id);
    }

    /** The key with this id, or null. Package-private: key material does not leave this package. */
    SecretKey key(String id) {
        return keys.get(id);
    }

    SecretKey currentKey() {
        return keys.get(currentId);
    }

    /** Names the keys, never shows them. */
    @Override
    public String toString() {
        return "KeyRing[current=" + currentId + ", keys=" + keys.keySet() + "]";
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new KeyFileException("The key file " + file + " is larger than " + MAX_FILE_BYTES / 1024
                        + " KiB, so it is not a key file.");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyFileException("The key file " + file + " could not be read (" + describe(e) + ").", e);
        }
    }

    private static KeyRing parse(Path file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new KeyFileException("The key file " + file + " is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        String current = null;
        int currentLine = 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "The key file " + file + ", line " + number + ": ";
            int equals = line.indexOf('=');
            if (equals < 0) {
                // The line itself is not repeated: it may be a key pasted without its id.
                throw new KeyFileException(where + "expected 'current=<key id>' or '<key id>=<Base64 key>'.");
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (name.equals(CURRENT)) {
                if (current != null) {
                    throw new KeyFileException(where + "'current' is already set on line " + currentLine
                            + "; it must appear once.");
                }
                if (!KEY_ID.matcher(value).matches()) {
                    throw new KeyFileException(where + "'current' must name a key id (" + KEY_ID_RULE + ").");
                }
                current = value;
                currentLine = number;
                continue;
            }
            if (!KEY_ID.matcher(name).matches()) {
                throw new KeyFileException(where + "a key id must be " + KEY_ID_RULE + ".");
            }
            if (lineOfId.containsKey(name)) {
                throw new KeyFileException(where + "key id " + name + " is already defined on line "
                        + lineOfId.get(name) + "; each key id must appear once.");
            }
            keys.put(name, decodeKey(where, name, value));
            lineOfId.put(name, number);
        }
        if (keys.isEmpty()) {
            throw new KeyFileException("The key file " + file + " holds no keys.");
        }
        if (current == null) {
            throw new KeyFileException("The key file " + file
                    + " has no 'current=<key id>' line naming the key that encrypts.");
        }
        if (!keys.containsKey(current)) {
            throw new KeyFileException("The key file " + file + " names " + current
                    + " as the current key (line " + currentLine + ") but does not define it.");
        }
        return new KeyRing(keys, current);
    }

    private static SecretKey decodeKey(String where, String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the key.
            throw new KeyFileException(where + "key " + id + " is not valid Base64.");
        }
        try {
            if (raw.length != KEY_BYTES) {
                throw new KeyFileException(where + "key " + id + " is " + raw.length + " bytes long; an AES-256 key"
                        + " must be exactly " + KEY_BYTES + " bytes (44 Base64 characters).");
            }
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static void refuseIfExposed(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new KeyFileException("The permissions of the key file " + file + " could not be read ("
                    + describe(e) + ").", e);
        }
        if (!Collections.disjoint(permissions, TOO_OPEN)) {
            throw new KeyFileException("The key file " + file + " has permissions "
                    + PosixFilePermissions.toString(permissions) + ", so other users can read or change it. "
                    + "Restrict it to its owner (chmod 600), then check whether the keys need replacing.");
        }
    }

    private static SecretKey newKey() {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** One more than the highest {@code k<n>} in use, so ids read in the order the keys were made. */
    private String nextKeyId() {
        long highest = 0;
        for (String id : keys.keySet()) {
            Matcher numbered = NUMBERED_ID.matcher(id);
            if (numbered.matches()) {
                highest = Math.max(highest, Long.parseLong(numbered.group(1)));
            }
        }
        String id = "k" + (highest + 1);
        if (id.length() > MAX_KEY_ID_LENGTH) {
            throw new KeyFileException("No key id is left after " + "k" + highest
                    + "; rename the keys in the key file before rotating again.");
        }
        return id;
    }

    private byte[] fileContent() {
        StringBuilder text = new StringBuilder()
                .append("# Learning Sets encryption keys for confidential text (format: see KeyRing).\n")
                .append("# Keep this file secret, owner-only (chmod 600) and away from database backups:\n")
                .append("# without it the stored text cannot be read. Keep old keys until no text uses them.\n")
                .append(CURRENT).append('=').append(currentId).append('\n');
        for (Map.Entry<String, SecretKey> entry : keys.entrySet()) {
            byte[] raw = entry.getValue().getEncoded();
            text.append(entry.getKey()).append('=').append(Base64.getEncoder().encodeToString(raw)).append('\n');
            Arrays.fill(raw, (byte) 0);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(Path file, boolean replace) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, ".keys-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, ".keys-", ".tmp");
            ByteBuffer content = ByteBuffer.wrap(fileContent());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                while (content.hasRemaining()) {
                    channel.write(content);
                }
                channel.force(true); // on disk before it replaces anything: losing a key loses text
            }
            if (replace) {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // Without REPLACE_EXISTING the move refuses a file that appeared since generate() checked.
                Files.move(temp, file);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        } catch (IOException e) {
            throw new KeyFileException("The key file " + file + " could not be written (" + describe(e) + ").", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed and says so; a stray temporary file is secondary.
                }
            }
        }
    }

    private static KeyFileException alreadyExists(Path file) {
        return new KeyFileException("The key file " + file + " already exists and was not overwritten: its keys "
                + "may be the only way to read stored text.");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
