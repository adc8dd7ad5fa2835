package app.accord.surveys.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as SVG: one path of unit squares, sharp at any print size. */
final class QrCodes {

	private QrCodes() {
	}

	static String svg(String text) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
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
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
