using System.Text;

namespace MedCoding.CodeSets;

/// <summary>
/// Gets the one place where the SDK's limits on input are set: the largest input of each kind a reader accepts, the deepest
/// XML, the longest line, and the most diagnoses, procedures and lines a claim form holds. A reader refuses input past
/// its limit with its own typed exception (naming the limit) after reading no more than the limit, so that endless or
/// oversized input ends quickly in an error and memory stays bounded.
/// </summary>
/// <remarks>
/// <para>The README lists these limits in one table. The readers that take a stream or a text reader read at most the
/// limit plus one byte or character.</para>
/// </remarks>
/// <threadsafety>Static and thread-safe.</threadsafety>
public static class InputLimits
{
    /// <summary>Gets the largest claim JSON (<c>MedCoding.Claims.Json.ClaimJson</c>) or billing JSON (<c>MedCoding.Billing.Json.BillingJson</c>) document, in bytes: 1 MiB.</summary>
    public const int ClaimJsonBytes = 1 << 20;

    /// <summary>Gets the largest X12 835 remittance file, in characters: 256 Mi (the reader streams it, keeping only what it returns).</summary>
    public const long RemittanceChars = 256L << 20;

    /// <summary>Gets the longest X12 segment, in characters: 64 Ki.</summary>
    public const int SegmentChars = 1 << 16;

    /// <summary>Gets the largest case file (MS-DRG or MCE test cases, the audit pair file), in bytes: 256 MiB. Case files are read line by line.</summary>
    public const long CaseFileBytes = 256L << 20;

    /// <summary>Gets the largest official line-oriented data file (order files, HCPCS, GEMs, NCCI PTP and MUE, MCE and grouper tables), in bytes: 1 GiB.</summary>
    public const int DataFileBytes = 1 << 30;

    /// <summary>Gets the largest XML document (Tabular List, ICD-10-PCS Tables and Definitions, the indexes), in characters: 512 Mi.</summary>
    public const long XmlChars = 512L << 20;

    /// <summary>Gets the deepest nesting of XML elements: 64 (the official files nest at most about 12 deep).</summary>
    public const int XmlDepth = 64;

    /// <summary>Gets the longest line of a text input (standard input of <c>medcoding</c>, a case file, a data file), in characters or bytes: 64 Ki.</summary>
    public const int LineChars = 1 << 16;

    /// <summary>Gets the most diagnoses of a professional claim: 12 (837P loop 2300 HI, CMS-1500 item 21 A-L).</summary>
    public const int ProfessionalDiagnoses = 12;

    /// <summary>Gets the most service lines of a professional claim: 50 (837P loop 2400).</summary>
    public const int ProfessionalLines = 50;

    /// <summary>Gets the most diagnoses of an institutional claim: 25, the principal (837I HI*ABK) and 24 others (two HI*ABF of 12); the admitting diagnosis is the stay's.</summary>
    public const int InstitutionalDiagnoses = 25;

    /// <summary>Gets the most ICD-10-PCS procedures of an institutional claim: 25, the principal (837I HI*BBR) and 24 others (two HI*BBQ of 12).</summary>
    public const int InstitutionalProcedures = 25;

    /// <summary>Gets the most service lines of an institutional claim: 999 (837I loop 2400).</summary>
    public const int InstitutionalLines = 999;

    /// <summary>Gets the most secondary diagnoses of an MS-DRG case: 24 (with the principal, the 837I's 25).</summary>
    public const int DrgSecondaryDiagnoses = 24;

    /// <summary>Gets the most procedures of an MS-DRG case: 25 (the 837I's).</summary>
    public const int DrgProcedures = 25;

    /// <summary>Returns whether a stream holds no more than <paramref name="maxBytes"/> bytes, reading at most one byte past the limit.</summary>
    /// <param name="stream">The stream; read from its position and not closed.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="content">Every byte, when the stream held no more than the limit; empty otherwise.</param>
    /// <returns><see langword="false"/> when the stream holds more than <paramref name="maxBytes"/> bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is negative.</exception>
    public static bool TryReadAll(Stream stream, int maxBytes, out byte[] content)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var buffer = new byte[Math.Min(maxBytes + 1L, stream.CanSeek ? Math.Max(stream.Length - stream.Position + 1, 1) : 1 << 16)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    content = [];
                    return false;
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            content = [];
            return false;
        }

        content = length == buffer.Length ? buffer : buffer[..length];
        return true;
    }

    /// <summary>Returns whether a text reader holds no more than <paramref name="maxChars"/> characters, reading at most one character past the limit.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <param name="maxChars">The most characters accepted.</param>
    /// <param name="text">The text, when the reader held no more than the limit; empty otherwise.</param>
    /// <returns><see langword="false"/> when the reader holds more than <paramref name="maxChars"/> characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChars"/> is negative.</exception>
    public static bool TryReadToEnd(TextReader reader, int maxChars, out string text)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        var builder = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, (int)Math.Min(buffer.Length, maxChars + 1L - builder.Length))) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > maxChars)
            {
                text = string.Empty;
                return false;
            }
        }

        text = builder.ToString();
        return true;
    }

    /// <summary>Returns the next line of a text reader (without its CR, LF or CRLF), refusing one longer than <paramref name="maxChars"/>.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <param name="maxChars">The most characters a line may have.</param>
    /// <param name="tooLong"><see langword="true"/> when the line is longer than <paramref name="maxChars"/>: the line is not returned, and at most one character past the limit was read.</param>
    /// <returns>The line, or <see langword="null"/> at the end of the reader or when the line is too long.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChars"/> is negative.</exception>
    public static string? ReadLine(TextReader reader, int maxChars, out bool tooLong)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        tooLong = false;
        var line = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return line.Length > 0 ? line.ToString() : null;
            }

            if (c == '\n')
            {
                return line.ToString();
            }

            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return line.ToString();
            }

            if (line.Length == maxChars)
            {
                tooLong = true;
                return null;
            }

            line.Append((char)c);
        }
    }

    /// <summary>Returns a size for a message: <c>1 MiB</c>, <c>64 KiB</c>, or bytes.</summary>
    /// <param name="size">The size in bytes or characters.</param>
    /// <returns>The size in the largest binary unit that divides it.</returns>
    public static string Describe(long size) =>
        size >= 1 << 30 && size % (1 << 30) == 0 ? $"{size >> 30} GiB"
        : size >= 1 << 20 && size % (1 << 20) == 0 ? $"{size >> 20} MiB"
        : size >= 1 << 10 && size % (1 << 10) == 0 ? $"{size >> 10} KiB"
        : size.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
