using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Excludes1;

/// <summary>
/// Returns one code or range cited by an instructional note: <c>(E10.-)</c>, <c>(O24.4-)</c>, <c>(P70-P74)</c>,
/// <c>(V01-V09 with 5th character 9)</c>.
/// </summary>
/// <remarks>
/// A cited code stands for itself and every code below it (the dash says so explicitly; a code cited
/// without one, such as <c>M54.5</c>, still covers the codes a later release added below it). A range
/// covers every code from its first to its last code, the last one's subdivisions included.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CodeCitation
{
    internal CodeCitation(string from, string to, bool dashed, CitationQualifierKind qualifierKind, string? qualifier, int position, string value1, string value2)
    {
        _dashed = dashed;
        From = from;
        To = to;
        QualifierKind = qualifierKind;
        Qualifier = qualifier;
        _position = position;
        _value1 = value1;
        _value2 = value2;
    }

    private readonly bool _dashed;
    private readonly int _position;
    private readonly string _value1;
    private readonly string _value2;

    /// <summary>Gets the first code cited, undotted (<c>E10</c>, <c>O244</c>).</summary>
    public string From { get; }

    /// <summary>Gets the last code cited, undotted; the same as <see cref="From"/> for a single code.</summary>
    public string To { get; }

    /// <summary>Gets a value indicating whether the citation is a range (<c>P70-P74</c>).</summary>
    public bool IsRange => !string.Equals(From, To, StringComparison.Ordinal);

    /// <summary>Gets how the qualifier narrows the citation.</summary>
    public CitationQualifierKind QualifierKind { get; }

    /// <summary>Gets the qualifier as written (<c>with 5th character 9</c>), or <see langword="null"/>.</summary>
    public string? Qualifier { get; }

    /// <summary>Returns whether a code falls under the citation.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Matches(Icd10CmCode code)
    {
        var value = code.Value;
        var inScope = IsRange
            ? string.CompareOrdinal(value, From) >= 0 && (value.StartsWith(To, StringComparison.Ordinal) || string.CompareOrdinal(value, To) < 0)
            : value.StartsWith(From, StringComparison.Ordinal);
        if (!inScope)
        {
            return false;
        }

        switch (QualifierKind)
        {
            case CitationQualifierKind.None:
                return true;
            case CitationQualifierKind.CharacterAt:
                return value.Length >= _position && _value1.Contains(value[_position - 1], StringComparison.Ordinal);
            case CitationQualifierKind.AfterCategory:
                if (value.Length <= Icd10CmCode.MinLength)
                {
                    return false;
                }

                var after = value[Icd10CmCode.MinLength..];
                return after.StartsWith(_value2, StringComparison.Ordinal)
                    || (string.CompareOrdinal(after, _value1) >= 0 && string.CompareOrdinal(after, _value2) < 0);
            case CitationQualifierKind.FinalCharacters:
                return value.EndsWith(_value1, StringComparison.Ordinal);
            default:
                return false;
        }
    }

    /// <summary>Returns the citation as written in the notes' style: <c>E10.-</c>, <c>P70-P74</c>, <c>V01-V09 with 5th character 9</c>.</summary>
    /// <returns>The citation.</returns>
    public override string ToString()
    {
        var text = IsRange ? $"{Icd10CmCode.ToDotted(From)}-{Icd10CmCode.ToDotted(To)}"
            : !_dashed ? Icd10CmCode.ToDotted(From)
            : From.Length == Icd10CmCode.MinLength ? $"{From}.-" : $"{Icd10CmCode.ToDotted(From)}-";
        return Qualifier is null ? text : $"{text} {Qualifier}";
    }
}
