package org.madang.device.qr;

import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;

/** A drawn code as ZXing's luminance input: black modules 0, the rest 255. */
final class BitMatrixSource extends LuminanceSource {

    private final BitMatrix matrix;

    BitMatrixSource(BitMatrix matrix) {
        super(matrix.getWidth(), matrix.getHeight());
        this.matrix = matrix;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        for (int x = 0; x < getWidth(); x++) {
            out[x] = matrix.get(x, y) ? 0 : (byte) 255;
        }
        return out;
    }

    @Override
    public byte[] getMatrix() {
        byte[] out = new byte[getWidth() * getHeight()];
        for (int y = 0; y < getHeight(); y++) {
            for (int x = 0; x < getWidth(); x++) {
                out[y * getWidth() + x] = matrix.get(x, y) ? 0 : (byte) 255;
            }
        }
        return out;
    }
}
