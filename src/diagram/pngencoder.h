// A PNG encoder for diagram pictures. Qt's PNG writer (libpng through QImageWriter) tries all
// five row filters on every row and, at the light compression levels, stores the pixels
// uncompressed: on a 16,384-pixel-wide diagram that was most of the export's time, for a 40 MB
// file. Diagrams are flat colours on an opaque background: one fixed row filter ("Up": each
// byte minus the byte above) turns them into long runs of equal bytes, which a fast deflate
// stores in a few bits: ISA-L's igzip (level 1) where it is available, zlib's fastest level
// with its run-length strategy otherwise. The two halves of a picture are compressed on two
// threads into one zlib stream (the first half ends with a sync flush, the Adler-32 checksums
// are combined with zlib's adler32_combine); this file only filters the rows and frames the
// compressor's output as PNG chunks.
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
// compressed at once on up to four threads (as many as there are cores), so `drawRows` is
// called from several threads at a time. `opaque`: every pixel is opaque (RGB is written,
// alpha dropped); otherwise RGBA. An empty size gives an empty array.
QByteArray encodePng(QSize size, bool opaque, const std::function<QImage(int y0, int y1)> &drawRows);

} // namespace stagecraft::diagram
