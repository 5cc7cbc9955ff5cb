using MedCoding.CodeSets.IO;

namespace MedCoding.Hcpcs;

/// <summary>
/// Returns one record of the CMS HCPCS alpha-numeric file: a Level II code or modifier with its descriptions
/// and every administrative, coverage and pricing field of the record layout.
/// </summary>
/// <remarks>
/// <para>
/// A record is a first line (record identification code 3 for a procedure, 7 for a modifier) that carries
/// the detail fields, followed by continuation lines (4 or 8) that carry only more of the long description.
/// Columns are those of <c>HCPCS2019_recordlayout.txt</c>; repeated fields keep only their non-blank occurrences.
/// </para>
/// <para>Descriptions and codes are as CMS publishes them; the meanings of coded fields are given in the record layout.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class HcpcsRecord
{
    private string? _longDescription;

    internal HcpcsRecord()
    {
    }

    /// <summary>Gets the code: five characters for a procedure (<c>A4206</c>), two for a modifier (<c>LT</c>). Columns 1-5.</summary>
    public string Code { get; internal init; } = string.Empty;

    /// <summary>Gets whether the record is a procedure or a modifier (column 11).</summary>
    public HcpcsRecordKind Kind { get; internal init; }

    /// <summary>Gets the sequence number of the first line (columns 6-10), which groups codes in hundreds.</summary>
    public int SequenceNumber { get; internal init; }

    /// <summary>Gets the long description: columns 12-91 of the first line and of every continuation line, joined by spaces.</summary>
    /// <remarks>A record read from a compiled data file decodes it the first time it is read (thread-safe: the same text either way).</remarks>
    public string LongDescription
    {
        get => _longDescription ?? (_longDescription = LongDescriptionSource!.GetText(LongDescriptionIndex));
        internal init => _longDescription = value;
    }

    /// <summary>Gets the compiled file's pool the long description is decoded from on first use, or <see langword="null"/>.</summary>
    internal DeferredStringPool? LongDescriptionSource { get; init; }

    /// <summary>Gets the long description's index in <see cref="LongDescriptionSource"/>.</summary>
    internal int LongDescriptionIndex { get; init; }

    /// <summary>Gets the short description (columns 92-119, at most 28 characters).</summary>
    public string ShortDescription { get; internal init; } = string.Empty;

    /// <summary>Gets the pricing indicator codes (columns 120-127, one to four of two digits, e.g. <c>51</c> = drugs); empty for most modifiers.</summary>
    public IReadOnlyList<string> PricingIndicators { get; internal init; } = [];

    /// <summary>Gets the multiple pricing indicator (column 128, e.g. <c>A</c> = priced under one methodology), or <see langword="null"/> when blank.</summary>
    public char? MultiplePricingIndicator { get; internal init; }

    /// <summary>Gets the Coverage Issues Manual reference section numbers (columns 129-146, up to three).</summary>
    public IReadOnlyList<string> CoverageIssuesManualReferences { get; internal init; } = [];

    /// <summary>Gets the Medicare Carriers Manual reference section numbers (columns 147-170, up to three).</summary>
    public IReadOnlyList<string> CarriersManualReferences { get; internal init; } = [];

    /// <summary>Gets the statute number for coverage or non-coverage (columns 171-180), or <see langword="null"/>.</summary>
    public string? Statute { get; internal init; }

    /// <summary>Gets the laboratory certification codes (columns 181-204, up to eight of three digits, e.g. <c>310</c> = routine chemistry).</summary>
    public IReadOnlyList<string> LabCertifications { get; internal init; } = [];

    /// <summary>Gets the cross-reference codes (columns 205-229, up to five) pointing from a deleted or non-Medicare code to a valid one.</summary>
    public IReadOnlyList<string> CrossReferences { get; internal init; } = [];

    /// <summary>Gets the Medicare coverage status (column 230), or <see langword="null"/> when blank.</summary>
    public HcpcsCoverage? Coverage { get; internal init; }

    /// <summary>Gets a value indicating whether the procedure is approved for an ambulatory surgical center (columns 231-232 = <c>YY</c>).</summary>
    public bool IsAscApproved { get; internal init; }

    /// <summary>Gets the date the procedure was assigned to the ASC payment group (columns 233-240), or <see langword="null"/>.</summary>
    public DateOnly? AscPaymentGroupEffectiveDate { get; internal init; }

    /// <summary>Gets the Medicare outpatient group (MOG) payment group code (columns 241-243), or <see langword="null"/>.</summary>
    public string? MogPaymentGroup { get; internal init; }

    /// <summary>Gets the MOG payment policy indicator (column 244, e.g. <c>1</c> = ASC covered procedure), or <see langword="null"/>.</summary>
    public char? MogPaymentPolicyIndicator { get; internal init; }

    /// <summary>Gets the date the procedure was assigned to its MOG payment group (columns 245-252), or <see langword="null"/>.</summary>
    public DateOnly? MogEffectiveDate { get; internal init; }

    /// <summary>Gets the processing note number (columns 253-256; the notes are in <c>proc_notes_YYYY.txt</c>), or <see langword="null"/>.</summary>
    public string? ProcessingNoteNumber { get; internal init; }

    /// <summary>Gets the Berenson-Eggers type of service (BETOS) code (columns 257-259, e.g. <c>D1F</c>), or <see langword="null"/>.</summary>
    public string? Betos { get; internal init; }

    /// <summary>Gets the CMS type of service codes (columns 261-265, one to five, e.g. <c>P</c> = lump sum purchase of DME).</summary>
    public IReadOnlyList<char> TypesOfService { get; internal init; } = [];

    /// <summary>Gets the anesthesia base units (columns 266-268), or <see langword="null"/> when blank.</summary>
    public int? AnesthesiaBaseUnits { get; internal init; }

    /// <summary>Gets the date the code was added to HCPCS (columns 269-276), or <see langword="null"/>.</summary>
    public DateOnly? AddedDate { get; internal init; }

    /// <summary>Gets the effective date of the action on the code (columns 277-284), or <see langword="null"/>.</summary>
    public DateOnly? ActionEffectiveDate { get; internal init; }

    /// <summary>Gets the last date the code may be used by Medicare providers (columns 285-292), or <see langword="null"/> when it is not terminated.</summary>
    public DateOnly? TerminationDate { get; internal init; }

    /// <summary>Gets the change made to the code in this release (column 293).</summary>
    public HcpcsActionCode ActionCode { get; internal init; }

    /// <summary>Gets the 1-based line of the record's first line in the file.</summary>
    public int LineNumber { get; internal init; }

    /// <summary>Gets the number of lines the record spans (the first line and its continuations).</summary>
    public int LineCount { get; internal init; }

    /// <summary>Returns whether the code is in force on a date: on or after the date it was added and not after its termination date.</summary>
    /// <param name="date">The date of service.</param>
    /// <returns><see langword="true"/> if the code may be used on that date.</returns>
    public bool IsInForceOn(DateOnly date) => (AddedDate is null || date >= AddedDate) && (TerminationDate is null || date <= TerminationDate);

    /// <summary>Returns the code and long description.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} {LongDescription}";
}
