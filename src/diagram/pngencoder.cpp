#include "pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <cstring>
#include <thread>
#include <vector>

namespace stagecraft::diagram {

namespace {

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char type[4], const char *data, qsizetype size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    if (size > 0)
        out.append(data, size);
    appendBigEndian(out, quint32(crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(size + 4))));
}

bool isOpaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return true;
    const int width = image.width();
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QRgb all = 0xFFFFFFFFu;
        for (int x = 0; x < width; ++x)
            all &= row[x];
        if (qAlpha(all) != 255)
            return false;
    }
    return true;
}

struct Part {
    QByteArray bytes;
    quint32 adler = 1;
    qint64 length = 0;
};

// Rows [y0, y1) filtered and compressed by zlib into raw deflate blocks (`last`: they end the
// picture; otherwise they end on a byte boundary with an empty stored block, so that the
// next part's blocks can follow them in the same stream).
Part encodeRows(const QImage &image, bool opaque, int y0, int y1, bool last)
{
    Part part;
    z_stream stream{};
    // Level 1 with the run-length strategy: the filtered rows are long runs of equal bytes.
    if (deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return part;
    const int width = image.width();
    const qsizetype rowBytes = qsizetype(width) * (opaque ? 3 : 4);
    std::vector<uchar> filtered(size_t(rowBytes) + 1);
    const std::vector<QRgb> zeros(size_t(width), 0);
    QByteArray &out = part.bytes;
    out.resize(qsizetype(deflateBound(&stream, uLong(filtered.size()) * uLong(y1 - y0))) + 64);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    part.adler = quint32(adler32(0, nullptr, 0));
    for (int y = y0; y < y1; ++y) {
        // Each scanline: the filter type, then each byte minus the one above ("Up"; the first
        // row has nothing above and is written unfiltered, which is the same bytes).
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *above = y == 0 ? zeros.data() : reinterpret_cast<const QRgb *>(image.constScanLine(y - 1));
        filtered[0] = y == 0 ? 0 : 2;
        uchar *o = filtered.data() + 1;
        if (opaque) {
            for (int x = 0; x < width; ++x, o += 3) {
                const QRgb p = pixels[x], q = above[x];
                o[0] = uchar(qRed(p) - qRed(q));
                o[1] = uchar(qGreen(p) - qGreen(q));
                o[2] = uchar(qBlue(p) - qBlue(q));
            }
        } else {
            for (int x = 0; x < width; ++x, o += 4) {
                const QRgb p = pixels[x], q = above[x];
                o[0] = uchar(qRed(p) - qRed(q));
                o[1] = uchar(qGreen(p) - qGreen(q));
                o[2] = uchar(qBlue(p) - qBlue(q));
                o[3] = uchar(qAlpha(p) - qAlpha(q));
            }
        }
        part.adler = quint32(adler32(part.adler, filtered.data(), uInt(filtered.size())));
        part.length += qint64(filtered.size());
        stream.next_in = filtered.data();
        stream.avail_in = uInt(filtered.size());
        const bool end = y + 1 == y1;
        // Room for the worst case of this row and the flush, whatever came before.
        const auto room = qsizetype(deflateBound(&stream, uLong(filtered.size()))) + 64;
        if (qsizetype(stream.avail_out) < room) {
            const auto written = qsizetype(stream.total_out);
            out.resize(qMax(out.size() * 2, written + room));
            stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
            stream.avail_out = uInt(out.size() - written);
        }
        deflate(&stream, end ? (last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH);
    }
    if (y0 == y1 && last) {
        stream.next_in = nullptr;
        stream.avail_in = 0;
        deflate(&stream, Z_FINISH);
    }
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return part;
}

} // namespace

QByteArray encodePng(const QImage &input)
{
    if (input.isNull())
        return {};
    // 32-bit pixels: opaque ones are the same premultiplied or not; the others are written
    // with straight alpha, as PNG defines it.
    QImage image = input;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const bool opaque = isOpaque(image);
    if (!opaque)
        image = image.convertToFormat(QImage::Format_ARGB32);
    const int width = image.width(), height = image.height();

    // Two halves of the rows are compressed at once, on two threads, into one zlib stream.
    const int half = height >= 64 ? height / 2 : 0;
    Part first;
    std::thread worker;
    if (half > 0)
        worker = std::thread([&] { first = encodeRows(image, opaque, 0, half, false); });
    const Part second = encodeRows(image, opaque, half, height, true);
    if (worker.joinable())
        worker.join();
    // The zlib stream around the raw deflate parts: header (deflate, 32 KiB window, fastest
    // level; FCHECK makes it a multiple of 31), the parts, the Adler-32 of all the bytes.
    QByteArray idat("\x78\x01", 2);
    idat.reserve(2 + first.bytes.size() + second.bytes.size() + 4);
    idat += first.bytes;
    idat += second.bytes;
    appendBigEndian(idat, half > 0 ? quint32(adler32_combine(first.adler, second.adler, z_off_t(second.length))) : second.adler);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(idat.size() + idat.size() / 100000 * 12 + 1024);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8));              // bits per channel
    header.append(char(opaque ? 2 : 6)); // truecolour, with alpha or not
    header.append(3, '\0');              // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());
    if (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0) {
        QByteArray resolution;
        appendBigEndian(resolution, quint32(qMax(0, image.dotsPerMeterX())));
        appendBigEndian(resolution, quint32(qMax(0, image.dotsPerMeterY())));
        resolution.append(char(1)); // per metre
        appendChunk(png, "pHYs", resolution.constData(), resolution.size());
    }
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < idat.size(); at += chunk)
        appendChunk(png, "IDAT", idat.constData() + at, qMin(chunk, idat.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace stagecraft::diagram
