using System.Collections.Frozen;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns CPT and HCPCS Level II codes checked by shape, and against lists where a list is loaded.
/// </summary>
/// <remarks>
/// <para>CPT (Level I) is the AMA's: its codes are checked against a list only when the caller supplies
/// one from a licensed file; otherwise a code of CPT's shape (five digits; four digits and F, T or U) is
/// <see cref="ServiceCodeStatus.WellFormed"/>.</para>
/// <para>HCPCS Level II codes (a letter A-V and four digits) are checked against the given list when there is one.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ServiceCodeSet : IServiceCodeSource
{
    private readonly FrozenSet<string>? _cpt;
    private readonly FrozenSet<string>? _hcpcs;

    /// <summary>Initializes the set.</summary>
    /// <param name="cptCodes">The CPT codes from a licensed file, or <see langword="null"/> to check CPT by shape only.</param>
    /// <param name="hcpcsLevel2Codes">The HCPCS Level II codes, or <see langword="null"/> to check them by shape only.</param>
    public ServiceCodeSet(IEnumerable<string>? cptCodes = null, IEnumerable<string>? hcpcsLevel2Codes = null)
    {
        _cpt = cptCodes?.ToFrozenSet(StringComparer.Ordinal);
        _hcpcs = hcpcsLevel2Codes?.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets a set that checks every code by its shape only.</summary>
    public static ServiceCodeSet ShapeOnly { get; } = new();

    /// <inheritdoc />
    public ServiceCodeStatus Check(string code, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (IsCptShape(code))
        {
            return _cpt is null ? ServiceCodeStatus.WellFormed : _cpt.Contains(code) ? ServiceCodeStatus.Known : ServiceCodeStatus.Unknown;
        }

        if (IsHcpcsLevel2Shape(code))
        {
            return _hcpcs is null ? ServiceCodeStatus.WellFormed : _hcpcs.Contains(code) ? ServiceCodeStatus.Known : ServiceCodeStatus.Unknown;
        }

        return ServiceCodeStatus.Unknown;
    }

    /// <summary>Returns whether a code has the shape of a CPT code: five digits (Category I), or four digits and F, T or U (Category II, III, PLA).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for the shape of a CPT code.</returns>
    public static bool IsCptShape(ReadOnlySpan<char> code) =>
        code.Length == 5 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3])
        && (char.IsAsciiDigit(code[4]) || code[4] is 'F' or 'T' or 'U');

    /// <summary>Returns whether a code has the shape of a HCPCS Level II code: a letter A-V and four digits.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for the shape of a HCPCS Level II code.</returns>
    public static bool IsHcpcsLevel2Shape(ReadOnlySpan<char> code) =>
        code.Length == 5 && code[0] is >= 'A' and <= 'V'
        && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);
}
