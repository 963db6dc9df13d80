#include "pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>
#ifdef STAGECRAFT_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <cstring>
#include <new>
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
    QPoint dotsPerMeter; // of the band's image
};

// The rows of a band as PNG scanlines: the filter type, then each byte minus the one above
// ("Up"; the band's first row has nothing above in the band and is written unfiltered).
std::vector<uchar> filterRows(const QImage &image, bool opaque)
{
    const int width = image.width();
    const size_t rowBytes = size_t(width) * (opaque ? 3 : 4) + 1;
    std::vector<uchar> filtered(rowBytes * size_t(image.height()));
    static const QRgb zero = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *above = y == 0 ? nullptr : reinterpret_cast<const QRgb *>(image.constScanLine(y - 1));
        uchar *o = filtered.data() + rowBytes * size_t(y);
        *o++ = above ? 2 : 0;
        const size_t step = above ? 1 : 0;
        const QRgb *q = above ? above : &zero;
        if (opaque) {
            for (int x = 0; x < width; ++x, o += 3, q += step) {
                const QRgb p = pixels[x];
                o[0] = uchar(qRed(p) - qRed(*q));
                o[1] = uchar(qGreen(p) - qGreen(*q));
                o[2] = uchar(qBlue(p) - qBlue(*q));
            }
        } else {
            for (int x = 0; x < width; ++x, o += 4, q += step) {
                const QRgb p = pixels[x];
                o[0] = uchar(qRed(p) - qRed(*q));
                o[1] = uchar(qGreen(p) - qGreen(*q));
                o[2] = uchar(qBlue(p) - qBlue(*q));
                o[3] = uchar(qAlpha(p) - qAlpha(*q));
            }
        }
    }
    return filtered;
}

// Compresses scanlines into raw deflate blocks: `last` ends the stream; otherwise the blocks
// end on a byte boundary with an empty stored block (a sync flush), so that the next part's
// blocks can follow them in the same stream.
#ifdef STAGECRAFT_HAVE_ISAL
// ISA-L's igzip at its level 1: the fastest deflate there is for this, about ten times
// zlib's fastest level on filtered diagram rows, at a similar size.
bool deflateRows(const std::vector<uchar> &input, bool last, Part &part)
{
    isal_zstream stream;
    isal_deflate_init(&stream);
    std::vector<uint8_t> levelBuffer(ISAL_DEF_LVL1_DEFAULT);
    stream.level = 1;
    stream.level_buf = levelBuffer.data();
    stream.level_buf_size = uint32_t(levelBuffer.size());
    stream.gzip_flag = IGZIP_DEFLATE;
    stream.flush = last ? NO_FLUSH : SYNC_FLUSH;
    stream.end_of_stream = last ? 1 : 0;
    stream.next_in = const_cast<uint8_t *>(input.data());
    stream.avail_in = uint32_t(input.size());
    QByteArray &out = part.bytes;
    out.resize(qsizetype(input.size() + input.size() / 16 + 4096));
    for (;;) {
        stream.next_out = reinterpret_cast<uint8_t *>(out.data()) + stream.total_out;
        stream.avail_out = uint32_t(out.size() - qsizetype(stream.total_out));
        if (isal_deflate(&stream) != COMP_OK)
            return false;
        const bool done = stream.avail_in == 0
                       && (last ? stream.internal_state.state == ZSTATE_END
                                : stream.internal_state.state == ZSTATE_NEW_HDR);
        if (done)
            break;
        if (stream.avail_out == 0)
            out.resize(out.size() * 2);
    }
    out.resize(qsizetype(stream.total_out));
    part.adler = isal_adler32(1, input.data(), input.size());
    return true;
}
#else
// zlib's fastest level with its run-length strategy (Z_RLE): the filtered rows are long runs
// of equal bytes.
bool deflateRows(const std::vector<uchar> &input, bool last, Part &part)
{
    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
        return false;
    QByteArray &out = part.bytes;
    out.resize(qsizetype(deflateBound(&stream, uLong(input.size()))) + 64);
    stream.next_in = const_cast<Bytef *>(input.data());
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    part.adler = quint32(adler32(1, input.data(), uInt(input.size())));
    return result == (last ? Z_STREAM_END : Z_OK) && stream.avail_in == 0;
}
#endif

// One band: drawn, filtered and compressed (on the calling thread).
Part encodeBand(const std::function<QImage(int, int)> &drawRows, int width, bool opaque, int y0, int y1, bool last)
try {
    Part part;
    QImage image = drawRows(y0, y1);
    part.dotsPerMeter = QPoint(image.dotsPerMeterX(), image.dotsPerMeterY());
    if (image.width() != width || image.height() != y1 - y0)
        return part;
    // 32-bit pixels: opaque ones are the same premultiplied or not; the others are written
    // with straight alpha, as PNG defines it.
    if (opaque ? (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
                  && image.format() != QImage::Format_ARGB32_Premultiplied)
               : image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32);
    const std::vector<uchar> filtered = filterRows(image, opaque);
    image = QImage(); // its memory is not needed any more while compressing
    part.length = qint64(filtered.size());
    if (!deflateRows(filtered, last, part))
        part.bytes.clear();
    return part;
} catch (const std::bad_alloc &) {
    return Part(); // out of memory: the export fails with an empty result, the program goes on
}

QByteArray frame(QSize size, bool opaque, QPoint dotsPerMeter, const std::vector<Part> &parts)
{
    // The zlib stream around the raw deflate parts: header (deflate, 32 KiB window, fastest
    // level; FCHECK makes it a multiple of 31), the parts, the Adler-32 of all the bytes.
    QByteArray idat("\x78\x01", 2);
    qsizetype total = 2 + 4;
    for (const Part &part : parts)
        total += part.bytes.size();
    idat.reserve(total);
    quint32 adler = 1;
    for (size_t i = 0; i < parts.size(); ++i) {
        idat += parts[i].bytes;
        adler = i == 0 ? parts[i].adler : quint32(adler32_combine(adler, parts[i].adler, z_off_t(parts[i].length)));
    }
    appendBigEndian(idat, adler);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(idat.size() + idat.size() / 100000 * 12 + 1024);
    QByteArray header;
    appendBigEndian(header, quint32(size.width()));
    appendBigEndian(header, quint32(size.height()));
    header.append(char(8));              // bits per channel
    header.append(char(opaque ? 2 : 6)); // truecolour, with alpha or not
    header.append(3, '\0');              // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", header.constData(), header.size());
    if (dotsPerMeter.x() > 0 || dotsPerMeter.y() > 0) {
        QByteArray resolution;
        appendBigEndian(resolution, quint32(qMax(0, dotsPerMeter.x())));
        appendBigEndian(resolution, quint32(qMax(0, dotsPerMeter.y())));
        resolution.append(char(1)); // per metre
        appendChunk(png, "pHYs", resolution.constData(), resolution.size());
    }
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < idat.size(); at += chunk)
        appendChunk(png, "IDAT", idat.constData() + at, qMin(chunk, idat.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

QByteArray encodeBands(QSize size, bool opaque, QPoint dotsPerMeter, const std::function<QImage(int, int)> &drawRows,
                       int bands)
{
    if (size.isEmpty())
        return {};
    // Bands of at least 32 rows, one per core (at most four): each thread draws, filters and
    // compresses its own band; the last band, on this thread, ends the stream.
    constexpr int minimumRows = 32;
    const int wanted = bands > 0 ? bands : qBound(1, int(std::thread::hardware_concurrency()), 4);
    const int count = qBound(1, size.height() / minimumRows, wanted);
    std::vector<Part> parts(static_cast<size_t>(count));
    std::vector<std::thread> workers;
    const auto rowOf = [&](int band) { return int(qint64(size.height()) * band / count); };
    for (int band = 0; band + 1 < count; ++band) {
        workers.emplace_back([&, band] {
            parts[size_t(band)] = encodeBand(drawRows, size.width(), opaque, rowOf(band), rowOf(band + 1), false);
        });
    }
    parts.back() = encodeBand(drawRows, size.width(), opaque, rowOf(count - 1), size.height(), true);
    for (std::thread &worker : workers)
        worker.join();
    for (const Part &part : parts) {
        if (part.bytes.isEmpty())
            return {}; // a band was not drawn, or the compressor failed (out of memory)
    }
    return frame(size, opaque, dotsPerMeter.isNull() ? parts.back().dotsPerMeter : dotsPerMeter, parts);
}

} // namespace

QByteArray encodePng(const QImage &input)
{
    if (input.isNull())
        return {};
    QImage image = input;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
        && image.format() != QImage::Format_ARGB32_Premultiplied)
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const bool opaque = isOpaque(image);
    if (!opaque)
        image = image.convertToFormat(QImage::Format_ARGB32);
    // The bands are views of the image's rows, not copies.
    const auto rows = [&image](int y0, int y1) {
        return QImage(image.constScanLine(y0), image.width(), y1 - y0, image.bytesPerLine(), image.format());
    };
    return encodeBands(image.size(), opaque, QPoint(image.dotsPerMeterX(), image.dotsPerMeterY()), rows, 0);
}

QByteArray encodePng(QSize size, bool opaque, const std::function<QImage(int y0, int y1)> &drawRows, int bands)
{
    return encodeBands(size, opaque, QPoint(), drawRows, bands);
}

} // namespace stagecraft::diagram
