#include "pngencoder.h"

#include <QImage>
#include <QtEndian>

#include <array>
#include <cstring>
#include <vector>

namespace stagecraft::diagram {

namespace {

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

// The CRC-32 of PNG chunks (ISO 3309, as zlib's crc32()).
quint32 crc32(const char *data, qsizetype size)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

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
    appendBigEndian(out, crc32(out.constData() + start, size + 4));
}

// A zlib stream (RFC 1950) of one deflate block (RFC 1951) with the fixed Huffman codes, in
// which every run of three or more equal bytes is a match at distance 1.
class RunLengthDeflate
{
public:
    RunLengthDeflate()
    {
        m_out.resize(1 << 16);
        m_out[0] = char(0x78); // deflate, 32 KiB window; FLEVEL fastest, FCHECK makes it a multiple of 31
        m_out[1] = char(0x01);
        m_size = 2;
        put(0b011, 3); // BFINAL, BTYPE 01 (fixed Huffman codes)
    }

    void write(const uchar *data, qsizetype size)
    {
        qsizetype i = 0;
        while (i < size) {
            const uchar c = data[i];
            if (c != m_last) {
                flushRun();
                literal(c);
                ++i;
                continue;
            }
            // A run of the last byte: measured eight bytes at a time.
            const quint64 pattern = c * 0x0101010101010101ull;
            qsizetype j = i + 1;
            for (quint64 word; j + 8 <= size; j += 8) {
                std::memcpy(&word, data + j, 8);
                if (word != pattern)
                    break;
            }
            while (j < size && data[j] == c)
                ++j;
            repeat(j - i);
            i = j;
        }
    }

    // `count` copies of `c`.
    void writeRepeated(uchar c, qsizetype count)
    {
        if (count > 0 && c != m_last) {
            flushRun();
            literal(c);
            --count;
        }
        if (count > 0)
            repeat(count);
    }

    // The stream: header, the block, the Adler-32 checksum of everything written.
    QByteArray finish()
    {
        flushRun();
        put(0, 7); // end of block (256): seven zero bits
        m_out.truncate(m_size);
        while (m_bitCount > 0) {
            m_out.append(char(m_bits & 0xFF));
            m_bits >>= 8;
            m_bitCount = qMax(0, m_bitCount - 8);
        }
        reduceAdler();
        appendBigEndian(m_out, quint32((m_adlerB << 16) | m_adlerA));
        return std::move(m_out);
    }

private:
    static constexpr int maxMatch = 258;
    static constexpr quint64 adlerModulus = 65521;

    struct Code {
        quint32 bits; // to be written from the least significant bit on
        int length;
    };

    static quint32 reversed(quint32 code, int length)
    {
        quint32 r = 0;
        for (int i = 0; i < length; ++i, code >>= 1)
            r = (r << 1) | (code & 1);
        return r;
    }

    // Fixed literal/length code of a symbol 0..287 (RFC 1951, 3.2.6).
    static Code symbol(int s)
    {
        if (s < 144)
            return {reversed(quint32(0x30 + s), 8), 8};
        if (s < 256)
            return {reversed(quint32(0x190 + s - 144), 9), 9};
        if (s < 280)
            return {reversed(quint32(s - 256), 7), 7};
        return {reversed(quint32(0xC0 + s - 280), 8), 8};
    }

    struct Tables {
        std::array<Code, 256> literal;
        std::array<Code, maxMatch + 1> match; // length code, extra bits, distance 1 (code 0, five zero bits)
        Tables()
        {
            for (int c = 0; c < 256; ++c)
                literal[size_t(c)] = symbol(c);
            static constexpr int base[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                           67, 83, 99, 115, 131, 163, 195, 227, 258};
            static constexpr int extra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                            4, 4, 4, 4, 5, 5, 5, 5, 0};
            match[0] = match[1] = match[2] = {0, 0}; // too short for a match
            for (int length = 3; length <= maxMatch; ++length) {
                int k = 28;
                while (base[k] > length)
                    --k;
                const Code code = symbol(257 + k);
                const quint32 bits = code.bits | (quint32(length - base[k]) << code.length);
                match[size_t(length)] = {bits, code.length + extra[k] + 5};
            }
        }
    };
    static const Tables &tables()
    {
        static const Tables t;
        return t;
    }

    void put(quint32 bits, int length)
    {
        m_bits |= quint64(bits) << m_bitCount;
        m_bitCount += length;
        if (m_bitCount >= 32) {
            if (m_size + 4 > m_out.size())
                m_out.resize(m_out.size() * 2);
            qToLittleEndian(quint32(m_bits), m_out.data() + m_size);
            m_size += 4;
            m_bits >>= 32;
            m_bitCount -= 32;
        }
    }

    void literal(uchar c)
    {
        const Code &code = m_tables.literal[c];
        put(code.bits, code.length);
        m_last = c;
        m_adlerA += c;
        m_adlerB += m_adlerA;
        if (++m_sinceReduce == 5552) // no overflow before the modulo (zlib's NMAX)
            reduceAdler();
    }

    // `count` more copies of the last byte.
    void repeat(qsizetype count)
    {
        const auto k = quint64(count), c = quint64(m_last);
        m_adlerB += k * m_adlerA + c * k * (k + 1) / 2;
        m_adlerA += k * c;
        reduceAdler();
        m_run += count;
        const Code &longest = m_tables.match[maxMatch];
        for (; m_run >= maxMatch; m_run -= maxMatch)
            put(longest.bits, longest.length);
    }

    void flushRun()
    {
        if (m_run >= 3) {
            const Code &code = m_tables.match[size_t(m_run)];
            put(code.bits, code.length);
        } else {
            const Code &code = m_tables.literal[size_t(m_last & 0xFF)];
            for (qsizetype i = 0; i < m_run; ++i)
                put(code.bits, code.length);
        }
        m_run = 0;
    }

    void reduceAdler()
    {
        m_adlerA %= adlerModulus;
        m_adlerB %= adlerModulus;
        m_sinceReduce = 0;
    }

    QByteArray m_out;    // the first m_size bytes are written
    qsizetype m_size = 0;
    const Tables &m_tables = tables();
    quint64 m_bits = 0;
    int m_bitCount = 0;
    int m_last = -1;      // the last byte written (a match at distance 1 repeats it)
    qsizetype m_run = 0;  // repeats of m_last not yet written
    quint64 m_adlerA = 1; // Adler-32 of the bytes written, reduced now and then
    quint64 m_adlerB = 0;
    int m_sinceReduce = 0;
};

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
    const int channels = opaque ? 3 : 4;
    const qsizetype rowBytes = qsizetype(width) * channels;

    RunLengthDeflate deflate;
    // Each scanline: the filter type, then each byte minus the one above ("Up"; the first row
    // has nothing above and is written unfiltered, which is the same bytes).
    const std::vector<QRgb> zeros(size_t(width), 0);
    std::vector<uchar> filtered(size_t(rowBytes) + 1);
    for (int y = 0; y < height; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        const QRgb *above = y == 0 ? zeros.data() : reinterpret_cast<const QRgb *>(image.constScanLine(y - 1));
        const uchar filter = y == 0 ? 0 : 2;
        if (y > 0 && std::memcmp(pixels, above, size_t(width) * sizeof(QRgb)) == 0) {
            deflate.write(&filter, 1);
            deflate.writeRepeated(0, rowBytes);
            continue;
        }
        filtered[0] = filter;
        uchar *out = filtered.data() + 1;
        if (opaque) {
            for (int x = 0; x < width; ++x, out += 3) {
                const QRgb p = pixels[x], q = above[x];
                out[0] = uchar(qRed(p) - qRed(q));
                out[1] = uchar(qGreen(p) - qGreen(q));
                out[2] = uchar(qBlue(p) - qBlue(q));
            }
        } else {
            for (int x = 0; x < width; ++x, out += 4) {
                const QRgb p = pixels[x], q = above[x];
                out[0] = uchar(qRed(p) - qRed(q));
                out[1] = uchar(qGreen(p) - qGreen(q));
                out[2] = uchar(qBlue(p) - qBlue(q));
                out[3] = uchar(qAlpha(p) - qAlpha(q));
            }
        }
        deflate.write(filtered.data(), qsizetype(filtered.size()));
    }
    const QByteArray idat = deflate.finish();

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
