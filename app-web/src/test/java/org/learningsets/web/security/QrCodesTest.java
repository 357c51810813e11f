package org.learningsets.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The enrolment QR code: an SVG in a data: address that a reader decodes back to the otpauth address. */
class QrCodesTest {

    private static final String OTPAUTH = "otpauth://totp/Learning%20Sets:ann.lee%40example.org"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Learning%20Sets&algorithm=SHA1&digits=6&period=30";

    @Test
    void theImageIsAnSvgDataAddressThatReadsBackAsTheOtpauthAddress() throws Exception {
        String uri = QrCodes.svgDataUri(OTPAUTH);
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"), uri);
        String svg =
                new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), svg);
        assertTrue(!svg.contains("<script") && !svg.contains("style="), "nothing the page's CSP would refuse");

        BitMatrix modules = fromSvg(svg);
        int scale = 4;
        int size = modules.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String read = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
                .getText();
        assertEquals(OTPAUTH, read);
    }

    /** The dark modules the path draws, one "M x y h1v1h-1z" each. */
    private static BitMatrix fromSvg(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find());
        BitMatrix matrix = new BitMatrix(Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)));
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            matrix.set(Integer.parseInt(module.group(1)), Integer.parseInt(module.group(2)));
        }
        return matrix;
    }
}
