using System.Text;

namespace MedCoding.Testing;

/// <summary>Input an attacker or a careless integrator gives: endless streams (as <c>/dev/zero</c>) and huge repeated text.</summary>
internal static class HostileInput
{
    /// <summary>Returns a stream that never ends: every read fills the buffer with <paramref name="fill"/> and counts the bytes given.</summary>
    public static EndlessStream Endless(byte fill = 0) => new(fill);

    /// <summary>Returns a text reader that never ends, reading as <c>/dev/zero</c> does through UTF-8 (NUL characters).</summary>
    public static EndlessReader EndlessText(char fill = '\0') => new(fill);

    /// <summary>Returns a text reader that gives <paramref name="prefix"/>, then never ends.</summary>
    public static EndlessReader EndlessText(string prefix, char fill = '\0') => new(fill, prefix);

    /// <summary>Returns <paramref name="text"/> repeated until it is at least <paramref name="length"/> characters.</summary>
    public static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes to <paramref name="path"/> the 835 <paramref name="sample"/> with its claims (from the first <c>LX</c> to the
    /// <c>PLB</c>) repeated until they fill <paramref name="claimBytes"/> bytes, its SE count fixed; returns the number of copies.
    /// </summary>
    public static int WriteLargeRemittance(string sample, string path, int claimBytes = 50 << 20)
    {
        var claims = sample[sample.IndexOf("LX*1~", StringComparison.Ordinal)..sample.IndexOf("PLB*", StringComparison.Ordinal)];
        var head = sample[..sample.IndexOf("LX*1~", StringComparison.Ordinal)];
        var segmentsPerCopy = claims.Count(c => c == '~');
        var copies = claimBytes / claims.Length;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(head);
        for (var i = 0; i < copies; i++)
        {
            writer.Write(claims);
        }

        writer.Write($"SE*{(head.Count(c => c == '~') - 2) + (copies * segmentsPerCopy) + 1}*0001~\nGE*1*777~\nIEA*1*000000777~\n");
        return copies;
    }

    public sealed class EndlessStream(byte fill) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(fill);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public sealed class EndlessReader(char fill, string prefix = "") : TextReader
    {
        public long CharsRead { get; private set; }

        public override int Peek() => CharsRead < prefix.Length ? prefix[(int)CharsRead] : fill;

        public override int Read()
        {
            var c = Peek();
            CharsRead++;
            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[index + i] = (char)Read();
            }

            return count;
        }
    }
}
