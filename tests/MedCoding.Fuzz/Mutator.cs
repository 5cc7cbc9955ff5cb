using System.Text;

namespace MedCoding.Fuzz;

/// <summary>
/// A deterministic byte mutator for the replay: the same seed gives the same inputs on every machine. Each mutation
/// applies one to four of: bit flips, interesting bytes, deletions, duplications, the format's own tokens, splices with
/// another seed, truncation, deep nesting, and boundary numbers.
/// </summary>
internal sealed class Mutator(int seed, IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens)
{
    /// <summary>The largest input made: big enough for any shape, small enough to run thousands.</summary>
    public const int MaxLength = 64 * 1024;

    private static readonly byte[] s_interesting = [0, 0xFF, 0x7F, 0x80, 0xC0, 0xEF, (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)',', (byte)'*', (byte)'~', (byte)'^', (byte)'<', (byte)'>', (byte)'/', (byte)'\t', (byte)'\n', (byte)'\r', (byte)'-', (byte)'0', (byte)'9', (byte)'.', (byte)' ', (byte)'\\'];

    private static readonly string[] s_numbers = ["-1", "0", "2147483648", "99999999999999999999", "-9223372036854775809", "1e308", "NaN", "00", "3.5", "65536"];

    private readonly Random _random = new(seed);
    private readonly byte[][] _tokens = [.. tokens.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Returns the next input: a seed, mutated.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var operations = 1 + _random.Next(4);
        for (var i = 0; i < operations; i++)
        {
            Mutate(data);
            if (data.Count > MaxLength)
            {
                data.RemoveRange(MaxLength, data.Count - MaxLength);
            }
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count);
        switch (_random.Next(10))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = s_interesting[_random.Next(s_interesting.Length)];
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(32)));
                break;
            case 3 when data.Count > 0:
                data.InsertRange(at, data.GetRange(at, Math.Min(data.Count - at, 1 + _random.Next(256))));
                break;
            case 4 when _tokens.Length > 0:
                data.InsertRange(at, _tokens[_random.Next(_tokens.Length)]);
                break;
            case 5:
                var other = seeds[_random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    var from = _random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(512))).ToArray());
                }

                break;
            case 6 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                break;
            case 7:
                // Deep nesting or a long repeat: an opening token (or any byte) many times.
                var unit = _tokens.Length > 0 && _random.Next(2) == 0 ? _tokens[_random.Next(_tokens.Length)] : [s_interesting[_random.Next(s_interesting.Length)]];
                var times = 1 + _random.Next(4096 / Math.Max(1, unit.Length));
                var repeat = new byte[unit.Length * times];
                for (var i = 0; i < times; i++)
                {
                    unit.CopyTo(repeat, i * unit.Length);
                }

                data.InsertRange(at, repeat);
                break;
            case 8:
                // A run of digits replaced by a boundary number.
                var start = data.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                if (start >= 0)
                {
                    var end = start;
                    while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9')
                    {
                        end++;
                    }

                    data.RemoveRange(start, end - start);
                    data.InsertRange(start, Encoding.ASCII.GetBytes(s_numbers[_random.Next(s_numbers.Length)]));
                }

                break;
            default:
                data.Insert(at, (byte)_random.Next(256));
                break;
        }
    }
}
