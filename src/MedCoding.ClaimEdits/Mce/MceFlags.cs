using System.Collections;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the flags of one row of the Medicare Code Editor's code tables (<c>female</c>, <c>maternity</c>, <c>noncovered</c>...),
/// in the order the table writes them. The flags a release knows are its <see cref="MceRelease.FlagAttributes"/>;
/// <see cref="MceFlagNames"/> names those the claim edits read.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MceFlags : IReadOnlyList<string>, IEquatable<MceFlags>
{
    private readonly string[] _names;

    internal MceFlags(string[] names)
    {
        _names = names;
        Bits = MceFlagBits.Of(names);
    }

    /// <summary>Gets the empty set: a code without flags.</summary>
    public static MceFlags None { get; } = new([]);

    /// <summary>Gets the flags the rules read, one bit each (<see cref="MceFlagBits"/>).</summary>
    internal ulong Bits { get; }

    /// <summary>Gets the number of flags.</summary>
    public int Count => _names.Length;

    /// <summary>Gets a flag by its position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The flag's name.</returns>
    public string this[int index] => _names[index];

    /// <summary>Returns whether the set holds a flag (compared ordinally, as the tables write them: <c>diabtypeI</c>).</summary>
    /// <param name="flag">The flag's name, e.g. <see cref="MceFlagNames.Maternity"/>.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Contains(string flag)
    {
        foreach (var name in _names)
        {
            if (string.Equals(name, flag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _names.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(MceFlags? other) => other is not null && _names.AsSpan().SequenceEqual(other._names);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MceFlags);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var name in _names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the flags as the tables write them, comma-separated (empty for none).</summary>
    /// <returns>The flags.</returns>
    public override string ToString() => string.Join(",", _names);
}
