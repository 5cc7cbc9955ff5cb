namespace MedCoding.Billing.X12;

/// <summary>
/// Gets or sets the envelope of an 837 interchange: who sends it to whom, control numbers and the submitter's contact.
/// </summary>
/// <remarks>Mutable options; the writer copies what it needs.</remarks>
public sealed class X12InterchangeOptions
{
    /// <summary>Gets or sets the interchange sender id (ISA06), at most 15 characters; also the GS02 and submitter id unless set.</summary>
    /// <value>No default: required.</value>
    public string SenderId { get; set; } = string.Empty;

    /// <summary>Gets or sets the interchange receiver id (ISA08), at most 15 characters; also GS03 and the receiver id unless set.</summary>
    /// <value>No default: required.</value>
    public string ReceiverId { get; set; } = string.Empty;

    /// <summary>Gets or sets the sender id qualifier (ISA05).</summary>
    /// <value>The default value is <c>ZZ</c> (mutually defined).</value>
    public string SenderQualifier { get; set; } = "ZZ";

    /// <summary>Gets or sets the receiver id qualifier (ISA07).</summary>
    /// <value>The default value is <c>ZZ</c> (mutually defined).</value>
    public string ReceiverQualifier { get; set; } = "ZZ";

    /// <summary>Gets or sets the interchange control number (ISA13, IEA02), 1 to 999999999.</summary>
    /// <value>The default value is 1.</value>
    public int InterchangeControlNumber { get; set; } = 1;

    /// <summary>Gets or sets the first group control number (GS06, GE02); later groups count up from it.</summary>
    /// <value>The default value is 1.</value>
    public int GroupControlNumber { get; set; } = 1;

    /// <summary>Gets or sets whether this is test data (ISA15 <c>T</c>) rather than production (<c>P</c>).</summary>
    /// <value>The default value is <see langword="false"/> (production).</value>
    public bool IsTest { get; set; }

    /// <summary>Gets or sets whether an interchange acknowledgment (TA1) is requested (ISA14).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AcknowledgmentRequested { get; set; }

    /// <summary>Gets or sets the submitter's name (1000A NM1-03).</summary>
    /// <value>No default: required.</value>
    public string SubmitterName { get; set; } = string.Empty;

    /// <summary>Gets or sets the submitter's contact name (1000A PER-02).</summary>
    /// <value>No default: required.</value>
    public string SubmitterContactName { get; set; } = string.Empty;

    /// <summary>Gets or sets the submitter's contact telephone number (1000A PER-04), digits only.</summary>
    /// <value>No default: required.</value>
    public string SubmitterPhone { get; set; } = string.Empty;

    /// <summary>Gets or sets the receiver's (clearinghouse's) name (1000B NM1-03).</summary>
    /// <value>No default: required.</value>
    public string ReceiverName { get; set; } = string.Empty;

    /// <summary>Gets or sets whether a line break follows each segment terminator, which most readers accept and people prefer.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool LineBreakAfterSegment { get; set; } = true;
}
