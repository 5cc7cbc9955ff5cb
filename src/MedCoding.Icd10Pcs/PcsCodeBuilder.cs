namespace MedCoding.Icd10Pcs;

/// <summary>
/// Assembles an ICD-10-PCS code axis by axis, the way an encoder does: at each step it offers only the
/// values that lead to at least one valid code, given the characters chosen so far.
/// </summary>
/// <remarks>
/// <para>
/// Positions 1 to 3 choose a table; positions 4 to 7 narrow its rows: once a body part is chosen, only the
/// approaches of rows offering that body part remain, and so on. Every sequence of offered values ends in a
/// valid code.
/// </para>
/// <para>The builder is mutable and single-use: after <see cref="Build"/> it refuses further use. Create one per code with <see cref="PcsTables.CreateBuilder"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var builder = tables.CreateBuilder();
/// builder.Select('0').Select('0').Select('1');   // Medical and Surgical, CNS, Bypass
/// var approaches = builder.Select('6').Options;  // Open, Percutaneous, Percutaneous Endoscopic
/// </code>
/// </example>
/// <threadsafety>Not thread-safe: use one builder per thread.</threadsafety>
public sealed class PcsCodeBuilder
{
    private readonly PcsTables _tables;
    private readonly List<PcsAxisValue> _chosen = new(PcsCode.Length);
    private readonly char[] _characters = new char[PcsCode.Length];
    private IReadOnlyList<PcsAxisValue>? _options;
    private bool _built;

    internal PcsCodeBuilder(PcsTables tables) => _tables = tables;

    /// <summary>Gets the values chosen so far, position 1 first.</summary>
    public IReadOnlyList<PcsAxisValue> Chosen => _chosen;

    /// <summary>Gets the characters chosen so far, e.g. <c>0016</c>.</summary>
    public string Prefix => new(_characters, 0, _chosen.Count);

    /// <summary>Gets the position the next choice fills, or <see langword="null"/> when all seven are chosen.</summary>
    public PcsAxis? NextAxis => IsComplete ? null : (PcsAxis)(_chosen.Count + 1);

    /// <summary>Gets a value indicating whether all seven characters are chosen.</summary>
    public bool IsComplete => _chosen.Count == PcsCode.Length;

    /// <summary>Gets the values valid at the next position given the choices so far, ordered by character; empty when complete.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public IReadOnlyList<PcsAxisValue> Options
    {
        get
        {
            ThrowIfBuilt();
            return _options ??= ComputeOptions();
        }
    }

    /// <summary>Returns the codes still reachable from the choices so far.</summary>
    /// <returns>The codes, in table order.</returns>
    /// <exception cref="InvalidOperationException">Fewer than three characters are chosen, or <see cref="Build"/> was already called.</exception>
    public IEnumerable<PcsCode> ReachableCodes()
    {
        ThrowIfBuilt();
        if (_chosen.Count < 3)
        {
            throw new InvalidOperationException("Choose the section, body system and root operation (a table) first.");
        }

        var prefix = Prefix;
        return _tables.FindTable(prefix)!.Codes.Where(c => c.Value.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Chooses the character of the next position.</summary>
    /// <param name="character">One of the characters of <see cref="Options"/> (case-insensitive).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The character is not among the options; the message lists them.</exception>
    /// <exception cref="InvalidOperationException">The code is already complete, or <see cref="Build"/> was already called.</exception>
    public PcsCodeBuilder Select(char character)
    {
        if (!TrySelect(character))
        {
            throw new ArgumentException(
                $"'{character}' is not valid at position {_chosen.Count + 1} after '{Prefix}'; the options are {string.Join(", ", Options.Select(o => o.ToString()))}.",
                nameof(character));
        }

        return this;
    }

    /// <summary>Chooses the character of the next position, if it is valid.</summary>
    /// <param name="character">The character (case-insensitive).</param>
    /// <returns><see langword="true"/> if it was among the options and is now chosen.</returns>
    /// <exception cref="InvalidOperationException">The code is already complete, or <see cref="Build"/> was already called.</exception>
    public bool TrySelect(char character)
    {
        ThrowIfBuilt();
        if (IsComplete)
        {
            throw new InvalidOperationException($"All seven characters are chosen ({Prefix}); call Build() or Undo().");
        }

        character = char.ToUpperInvariant(character);
        foreach (var option in Options)
        {
            if (option.Character == character)
            {
                _characters[_chosen.Count] = character;
                _chosen.Add(option);
                _options = null;
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes back the last choice.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Nothing is chosen, or <see cref="Build"/> was already called.</exception>
    public PcsCodeBuilder Undo()
    {
        ThrowIfBuilt();
        if (_chosen.Count == 0)
        {
            throw new InvalidOperationException("Nothing is chosen yet.");
        }

        _chosen.RemoveAt(_chosen.Count - 1);
        _options = null;
        return this;
    }

    /// <summary>Returns the finished code read axis by axis. The builder cannot be used afterwards.</summary>
    /// <returns>The decoded code, valid in the tables.</returns>
    /// <exception cref="InvalidOperationException">Fewer than seven characters are chosen, or <see cref="Build"/> was already called.</exception>
    public PcsDecodedCode Build()
    {
        ThrowIfBuilt();
        if (!IsComplete)
        {
            throw new InvalidOperationException($"Only {_chosen.Count} of 7 characters are chosen ({Prefix}); the next position is {NextAxis}.");
        }

        _built = true;
        return _tables.Decode(PcsCode.FromNormalized(new string(_characters)))
            ?? throw new InvalidOperationException($"{new string(_characters)} is not in the tables; this is a bug in the builder.");
    }

    private List<PcsAxisValue> ComputeOptions()
    {
        var position = _chosen.Count;
        var found = new Dictionary<char, PcsAxisValue>();
        if (position < 3)
        {
            var prefix = _characters.AsSpan(0, position);
            foreach (var table in _tables.Tables)
            {
                if (table.Prefix.AsSpan(0, position).SequenceEqual(prefix))
                {
                    var value = position switch { 0 => table.Section, 1 => table.BodySystem, _ => table.RootOperation };
                    found.TryAdd(value.Character, value);
                }
            }
        }
        else if (position < PcsCode.Length)
        {
            var chosen = _characters.AsSpan(0, position);
            foreach (var row in _tables.FindTable(chosen)!.Rows)
            {
                if (row.OffersPrefix(chosen))
                {
                    foreach (var value in row.GetValues((PcsAxis)(position + 1)))
                    {
                        found.TryAdd(value.Character, value);
                    }
                }
            }
        }

        return [.. found.Values.OrderBy(v => v.Character)];
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() was already called; create a new builder with PcsTables.CreateBuilder().");
        }
    }
}
