package org.learningsets.model.confidentiality;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first releases' key file, read once to upgrade it: the AES-256 data keys were kept in it directly, one a line.
 * They now live in the database inside a Tink keyset wrapped by the key-encryption key (see {@link DataKeys},
 * {@link KeyEncryptionKey}); this reader brings the old keys across so text they encrypted stays readable.
 *
 * <h2>Format</h2>
 * UTF-8 text, one entry a line; blank lines and lines starting with {@code #} are ignored, spaces around names
 * and values are ignored: {@code current=k2}, then {@code <id>=<Base64 of 32 bytes>} per key (ids of 1 to 8
 * letters, digits, {@code -} or {@code _}, each once). Read strictly: a file that is not exactly this is refused with
 * the line and what is wrong, never with a key or the text of the line.
 */
public final class LegacyKeyFile {

    static final int KEY_BYTES = 32;
    static final int MAX_KEY_ID_LENGTH = 8;
    static final String KEY_ID_CHARACTERS = "[A-Za-z0-9_-]";

    private static final Pattern KEY_ID = Pattern.compile(KEY_ID_CHARACTERS + "{1," + MAX_KEY_ID_LENGTH + "}");
    private static final String CURRENT = "current";
    private static final String KEY_ID_RULE = "1 to " + MAX_KEY_ID_LENGTH + " letters, digits, '-' or '_'";

    /** In file order. */
    private final Map<String, byte[]> keys;

    private final String currentId;

    private LegacyKeyFile(Map<String, byte[]> keys, String currentId) {
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.currentId = currentId;
    }

    /** Whether the file's text is in this old format rather than a Tink keyset (which is JSON, starting with '{'). */
    public static boolean isLegacy(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return false;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return true;
            }
        }
        return true;
    }

    /** Reads and strictly checks an old key file. */
    public static LegacyKeyFile load(Path file) {
        return parse(file, KeyFiles.read(file));
    }

    static LegacyKeyFile parse(byte[] content) {
        return parse(Path.of("(in memory)"), content);
    }

    public String currentKeyId() {
        return currentId;
    }

    /** Key ids in file order. */
    public List<String> keyIds() {
        return List.copyOf(keys.keySet());
    }

    /** A copy of the raw key with this id; package-private, key material stays in this package. */
    byte[] key(String id) {
        return keys.get(id).clone();
    }

    /** Names the keys, never shows them. */
    @Override
    public String toString() {
        return "LegacyKeyFile[current=" + currentId + ", keys=" + keys.keySet() + "]";
    }

    private static LegacyKeyFile parse(Path file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KeyFileException("The key file " + file + " is not UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
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
                    throw new KeyFileException(
                            where + "'current' is already set on line " + currentLine + "; it must appear once.");
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
            throw new KeyFileException(
                    "The key file " + file + " has no 'current=<key id>' line naming the key that encrypts.");
        }
        if (!keys.containsKey(current)) {
            throw new KeyFileException("The key file " + file + " names " + current + " as the current key (line "
                    + currentLine + ") but does not define it.");
        }
        return new LegacyKeyFile(keys, current);
    }

    private static byte[] decodeKey(String where, String id, String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes a character of the key.
            throw new KeyFileException(where + "key " + id + " is not valid Base64.");
        }
        if (raw.length != KEY_BYTES) {
            Arrays.fill(raw, (byte) 0);
            throw new KeyFileException(where + "key " + id + " is " + raw.length + " bytes long; an AES-256 key"
                    + " must be exactly " + KEY_BYTES + " bytes (44 Base64 characters).");
        }
        return raw;
    }
}
