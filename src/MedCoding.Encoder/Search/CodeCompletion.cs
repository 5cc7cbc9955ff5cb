using MedCoding.CodeSets;

namespace MedCoding.Encoder;

/// <summary>
/// Returns what it takes to go from a code the search found to a billable code in the release in force: the 7th
/// characters with their meanings, the ICD-10-PCS axes still open with their values, and the notes that apply.
/// </summary>
/// <remarks>
/// The release in force says which codes exist and which are billable. 7th-character meanings and instructional notes
/// come from the newest Tabular List available (<see cref="TabularList"/>), which may be older than the release in
/// force: <see cref="Remarks"/> says so.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CodeCompletion
{
    internal CodeCompletion(
        CodeSystem system,
        string code,
        string? title,
        CodeStatus status,
        MissingParts missing,
        Release? release,
        IReadOnlyList<string> billableCodes,
        IReadOnlyList<SeventhCharacterChoice> seventhCharacters,
        IReadOnlyList<PcsOpenAxis> openAxes,
        IReadOnlyList<InheritedNote> notes,
        Release? tabularList,
        string? suggested,
        string? remarks)
    {
        System = system;
        Code = code;
        Title = title;
        Status = status;
        Missing = missing;
        Release = release;
        BillableCodes = billableCodes;
        SeventhCharacters = seventhCharacters;
        OpenAxes = openAxes;
        Notes = notes;
        TabularList = tabularList;
        Suggested = suggested;
        Remarks = remarks;
    }

    /// <summary>Gets the code system (ICD-10-CM or ICD-10-PCS).</summary>
    public CodeSystem System { get; }

    /// <summary>Gets the code completed, without a final <c>-</c> (<c>T39.1X1</c>, <c>0DTJ</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the code's title in the release in force, or <see langword="null"/> when it is not in it.</summary>
    public string? Title { get; }

    /// <summary>Gets what the code is in the release in force.</summary>
    public CodeStatus Status { get; }

    /// <summary>Gets what the code still lacks to be billable.</summary>
    public MissingParts Missing { get; }

    /// <summary>Gets the release in force the code was checked against, or <see langword="null"/> when none is in force.</summary>
    public Release? Release { get; }

    /// <summary>Gets the billable codes the code leads to in the release in force (the code itself when billable).</summary>
    public IReadOnlyList<string> BillableCodes { get; }

    /// <summary>Gets the 7th characters the code takes, with their meanings and, when the code needs nothing else, the code each makes (placeholder X included).</summary>
    public IReadOnlyList<SeventhCharacterChoice> SeventhCharacters { get; }

    /// <summary>Gets, for an ICD-10-PCS table or partial code, the axes still open with the values the table of the release in force offers.</summary>
    public IReadOnlyList<PcsOpenAxis> OpenAxes { get; }

    /// <summary>Gets the instructional notes that apply (Excludes1, Excludes2, Code first, Use additional code...): those written at the code and at its ancestors, each with the entry it is written at, from <see cref="TabularList"/>.</summary>
    public IReadOnlyList<InheritedNote> Notes { get; }

    /// <summary>Gets the release whose Tabular List gave the 7th-character meanings and the notes (FY2021 with the embedded data), or <see langword="null"/> when none was available.</summary>
    public Release? TabularList { get; }

    /// <summary>
    /// Gets the billable code the query's own words point to: the code itself when billable, the one 7th character whose
    /// meaning the query names ("initial encounter" gives <c>T39.1X1A</c>), the one code a partial PCS code reaches; otherwise <see langword="null"/>.
    /// </summary>
    public string? Suggested { get; }

    /// <summary>Gets what the reader should know about the sources, e.g. that the Tabular List used is older than the release in force.</summary>
    public string? Remarks { get; }

    /// <summary>Returns the code, its status and the suggestion.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} ({Status}{(Missing == MissingParts.None ? string.Empty : $", missing {Missing}")}){(Suggested is null ? string.Empty : $" -> {Suggested}")}";

    /// <summary>
    /// Returns an ICD-10-CM code with a 7th character, padding with the placeholder X to six characters:
    /// <c>T39.1X1</c> + <c>A</c> = <c>T39.1X1A</c>, <c>S00.00</c> + <c>A</c> = <c>S00.00XA</c>, <c>T67.0</c> + <c>A</c> = <c>T67.0XXA</c>.
    /// </summary>
    /// <param name="code">A code of three to six characters, dotted or not; a final <c>-</c> is ignored.</param>
    /// <param name="character">The 7th character.</param>
    /// <returns>The dotted seven-character code.</returns>
    /// <exception cref="ArgumentException">The code is not three to six characters of an ICD-10-CM code.</exception>
    public static string AddSeventhCharacter(string code, char character)
    {
        ArgumentNullException.ThrowIfNull(code);
        Span<char> buffer = stackalloc char[Icd10CmCode.MaxLength + 1];
        var text = code.AsSpan().Trim().TrimEnd('-');
        if (!Icd10CmCode.TryNormalize(text, buffer, out var written) || written >= Icd10CmCode.MaxLength || !char.IsAsciiLetterOrDigit(character))
        {
            throw new ArgumentException($"{MessageText.Quote(code)} + {MessageText.Quote(character)}: a 7th character completes a code of three to six characters.", nameof(code));
        }

        while (written < Icd10CmCode.MaxLength - 1)
        {
            buffer[written++] = 'X';
        }

        buffer[written++] = char.ToUpperInvariant(character);
        return Icd10CmCode.ToDotted(new string(buffer[..written]));
    }
}
