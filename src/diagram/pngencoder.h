// A PNG encoder for diagram pictures. Qt's PNG writer (libpng through QImageWriter) tries all
// five row filters on every row and, at the light compression levels, stores the pixels
// uncompressed: on a 16,384-pixel-wide diagram that was most of the export's time, for a 40 MB
// file. Diagrams are flat colours on an opaque background: one fixed row filter ("Up": each
// byte minus the byte above) turns them into long runs of equal bytes, which zlib's fastest
// level with its run-length strategy (Z_RLE) stores in a few bits. The two halves of a
// picture are compressed on two threads into one zlib stream (the first half ends with a
// sync flush, the Adler-32 checksums are combined with adler32_combine); this file only
// frames zlib's output as PNG chunks.
#pragma once

#include <QByteArray>

class QImage;

namespace stagecraft::diagram {

// Encodes `image` losslessly: 8-bit RGB when every pixel is opaque, 8-bit RGBA (straight
// alpha) otherwise; the resolution (pHYs) is kept. Decoding gives back the same pixels. A
// null image gives an empty array.
QByteArray encodePng(const QImage &image);

} // namespace stagecraft::diagram
