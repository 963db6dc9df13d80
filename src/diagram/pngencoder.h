// A PNG encoder for diagram pictures. Qt's PNG writer (libpng through QImageWriter) tries all
// five row filters on every row and, at the light compression levels, stores the pixels
// uncompressed: on a 16,384-pixel-wide diagram that was most of the export's time, for a 40 MB
// file. Diagrams are flat colours on an opaque background: one fixed row filter ("Up": each
// byte minus the byte above) turns them into long runs of equal bytes, which a fast deflate
// stores in a few bits: ISA-L's igzip (level 1) where it is available, zlib's fastest level
// with its run-length strategy otherwise. A picture is cut into horizontal bands, one per
// core (up to four, at least 32 rows each); each band is drawn (when the caller draws it),
// filtered and compressed on its own thread, and the bands' deflate streams are joined into
// one zlib stream (every band but the last ends with a sync flush; the Adler-32 checksums are
// combined with zlib's adler32_combine). See docs/decisions/0002-png-bands-and-isa-l.md.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <functional>

namespace stagecraft::diagram {

// Encodes `image` losslessly: 8-bit RGB when every pixel is opaque, 8-bit RGBA (straight
// alpha) otherwise; the resolution (pHYs) is kept. Decoding gives back the same pixels. A
// null image gives an empty array.
QByteArray encodePng(const QImage &image);

// Encodes a picture of `size` that is drawn band by band: `drawRows(y0, y1)` returns its
// rows [y0, y1) as an image of size.width() × (y1 − y0) pixels. The bands are drawn and
// compressed at once on their own threads, so `drawRows` is called from several threads at
// a time. `opaque`: every pixel is opaque (RGB is written,
// alpha dropped); otherwise RGBA. An empty size gives an empty array.
// The resolution (pHYs) is that of the images `drawRows` returns. `bands`: how many (0: one per
// core, up to four); never more than one per 32 rows.
QByteArray encodePng(QSize size, bool opaque, const std::function<QImage(int y0, int y1)> &drawRows, int bands = 0);

} // namespace stagecraft::diagram
