package app.accord.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for links: PNG for email (mail clients do not show SVG), SVG for print (one
 * path of unit squares, sharp at any size).
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** A PNG about {@code size} pixels square, with a quiet zone of 2 modules. */
	public static byte[] png(String text, int size) {
		var matrix = encode(text, size, 2);
		var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (var x = 0; x < matrix.getWidth(); x++) {
			for (var y = 0; y < matrix.getHeight(); y++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An SVG shown 256 pixels square, with the standard quiet zone of 4 modules. */
	public static String svg(String text) {
		var matrix = encode(text, 0, 4);
		var path = new StringBuilder();
		for (var y = 0; y < matrix.getHeight(); y++) {
			for (var x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="256" height="256" shape-rendering="crispEdges">\
				<rect width="100%%" height="100%%" fill="#fff"/><path fill="#000" d="%s"/></svg>"""
			.formatted(matrix.getWidth(), matrix.getHeight(), path);
	}

	private static BitMatrix encode(String text, int size, int margin) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, margin));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", ex);
		}
	}

}
