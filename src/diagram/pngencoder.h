// A PNG encoder for diagram pictures. Qt's PNG writer (libpng) tries all five row filters on
// every row and, at the light compression levels, stores the pixels uncompressed: on a
// 16,384-pixel-wide diagram that was most of the export's time, for a 40 MB file. Diagrams are
// flat colours on an opaque background: one fixed row filter ("Up": each byte minus the byte
// above) turns them into long runs of equal bytes, and a run-length deflate stream (fixed
// Huffman codes, matches at distance 1, as zlib's Z_RLE strategy) stores those runs in a few
// bits, several times faster than zlib's fastest level. The two halves of a picture are
// compressed on two threads (one deflate stream, the first half ending on a byte boundary).
#pragma once

#include <QByteArray>

class QImage;

namespace stagecraft::diagram {

// Encodes `image` losslessly: 8-bit RGB when every pixel is opaque, 8-bit RGBA (straight
// alpha) otherwise; the resolution (pHYs) is kept. Decoding gives back the same pixels. A
// null image gives an empty array.
QByteArray encodePng(const QImage &image);

} // namespace stagecraft::diagram
