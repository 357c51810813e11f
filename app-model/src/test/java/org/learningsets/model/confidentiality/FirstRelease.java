package org.learningsets.model.confidentiality;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Writes values exactly as the first releases' TextCipher did (JDK AES-GCM), to test that they stay readable. */
final class FirstRelease {

    private FirstRelease() {}

    static String encrypt(byte[] key, String keyId, String text, String context) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        String header = "v1:" + keyId + ":";
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD((header + context).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        byte[] payload = Arrays.copyOf(iv, iv.length + sealed.length);
        System.arraycopy(sealed, 0, payload, iv.length, sealed.length);
        return header + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }
}
