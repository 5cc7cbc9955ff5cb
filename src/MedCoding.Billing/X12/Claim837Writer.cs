using System.Globalization;
using MedCoding.Billing.X12.IO;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.X12;

/// <summary>
/// Writes claims as an X12 837 interchange: professional claims as 005010X222A1, institutional ones as 005010X223A2.
/// </summary>
/// <remarks>
/// <para>
/// The interchange has one ISA/IEA envelope, one GS/GE functional group per claim type, and one ST/SE
/// transaction per claim with its own hierarchy: billing provider (HL 20), subscriber (HL 22) and, when the
/// patient is not the subscriber, patient (HL 23 with PAT). Segment counts (SE01), group counts (GE01) and interchange counts (IEA01) are computed.
/// </para>
/// <para>
/// Diagnosis codes are written without their decimal point. Professional claims carry ABK (first-listed)
/// and ABF (other) diagnoses and SV1 lines with up to four diagnosis pointers; institutional claims carry
/// ABK (principal, with present-on-admission), ABJ (admitting), ABF (other), BBR (principal procedure) and
/// BBQ (other procedures) and SV2 lines with revenue codes.
/// </para>
/// </remarks>
public static class Claim837Writer
{
    /// <summary>Gets the implementation guide of an 837 professional.</summary>
    public const string ProfessionalVersion = "005010X222A1";

    /// <summary>Gets the implementation guide of an 837 institutional.</summary>
    public const string InstitutionalVersion = "005010X223A2";

    private const int MaxProfessionalDiagnoses = 12;
    private const int MaxProfessionalLines = 50;
    private const int MaxInstitutionalOtherDiagnoses = 24;
    private const int MaxInstitutionalProcedures = 25;
    private const int MaxPointers = 4;

    /// <summary>Returns one claim written as an 837 interchange.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="options">The envelope.</param>
    /// <param name="createdAt">When the interchange is created (ISA09/10, GS04/05, BHT04/05).</param>
    /// <returns>The interchange text.</returns>
    /// <exception cref="X12WriteException">The claim lacks something an 837 requires, or a value holds an X12 delimiter.</exception>
    public static string Write(BillingClaim claim, X12InterchangeOptions options, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Write([claim], options, createdAt);
    }

    /// <summary>Returns claims written as one 837 interchange, one functional group per claim type.</summary>
    /// <param name="claims">The claims, at least one.</param>
    /// <param name="options">The envelope.</param>
    /// <param name="createdAt">When the interchange is created.</param>
    /// <returns>The interchange text.</returns>
    /// <exception cref="X12WriteException">A claim lacks something an 837 requires, or a value holds an X12 delimiter.</exception>
    public static string Write(IEnumerable<BillingClaim> claims, X12InterchangeOptions options, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        var list = claims.ToList();
        if (list.Count == 0 || list.Any(c => c is null))
        {
            throw new ArgumentException("Expected at least one claim and no null claims.", nameof(claims));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.InterchangeControlNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.InterchangeControlNumber, 999_999_999);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.GroupControlNumber, 1);

        var x12 = new SegmentWriter(options.LineBreakAfterSegment);
        var sender = Fixed(options.SenderId, 15, "ISA06");
        var receiver = Fixed(options.ReceiverId, 15, "ISA08");
        var icn = options.InterchangeControlNumber.ToString("000000000", CultureInfo.InvariantCulture);
        x12.WriteRaw(string.Join(
            SegmentWriter.Element,
            "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            Fixed(options.SenderQualifier, 2, "ISA05"), sender,
            Fixed(options.ReceiverQualifier, 2, "ISA07"), receiver,
            createdAt.ToString("yyMMdd", CultureInfo.InvariantCulture), createdAt.ToString("HHmm", CultureInfo.InvariantCulture),
            SegmentWriter.Repetition.ToString(), "00501", icn,
            options.AcknowledgmentRequested ? "1" : "0", options.IsTest ? "T" : "P",
            SegmentWriter.Component.ToString()));

        var groups = list.GroupBy(c => c.Claim.Type).OrderBy(g => g.Key).ToList();
        var groupControl = options.GroupControlNumber;
        var transaction = 0;
        foreach (var group in groups)
        {
            var version = group.Key == ClaimType.Professional ? ProfessionalVersion : InstitutionalVersion;
            var gcn = groupControl.ToString(CultureInfo.InvariantCulture);
            x12.Write(
                "GS", "HC", SegmentWriter.Clean(options.SenderId, "GS02"), SegmentWriter.Clean(options.ReceiverId, "GS03"),
                createdAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture), createdAt.ToString("HHmm", CultureInfo.InvariantCulture),
                gcn, "X", version);
            var inGroup = 0;
            foreach (var claim in group)
            {
                transaction++;
                inGroup++;
                WriteTransaction(x12, claim, options, createdAt, version, transaction.ToString("0000", CultureInfo.InvariantCulture), icn);
            }

            x12.Write("GE", inGroup.ToString(CultureInfo.InvariantCulture), gcn);
            groupControl++;
        }

        x12.Write("IEA", groups.Count.ToString(CultureInfo.InvariantCulture), icn);
        return x12.ToString();
    }

    private static void WriteTransaction(SegmentWriter x12, BillingClaim claim, X12InterchangeOptions options, DateTimeOffset createdAt, string version, string stControl, string icn)
    {
        var professional = claim.Claim.Type == ClaimType.Professional;
        x12.ResetCount();
        x12.Write("ST", "837", stControl, version);
        x12.Write("BHT", "0019", "00", icn + stControl, createdAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture), createdAt.ToString("HHmm", CultureInfo.InvariantCulture), "CH");

        // 1000A submitter, 1000B receiver.
        x12.Write("NM1", "41", "2", SegmentWriter.Clean(options.SubmitterName, "1000A NM1-03"), null, null, null, null, "46", SegmentWriter.Clean(options.SenderId, "1000A NM1-09"));
        x12.Write("PER", "IC", SegmentWriter.Clean(options.SubmitterContactName, "1000A PER-02"), "TE", SegmentWriter.Clean(options.SubmitterPhone, "1000A PER-04"));
        x12.Write("NM1", "40", "2", SegmentWriter.Clean(options.ReceiverName, "1000B NM1-03"), null, null, null, null, "46", SegmentWriter.Clean(options.ReceiverId, "1000B NM1-09"));

        // 2000A billing provider.
        var billing = claim.BillingProvider;
        x12.Write("HL", "1", null, "20", "1");
        if (billing.Taxonomy is not null)
        {
            x12.Write("PRV", "BI", "PXC", SegmentWriter.Clean(billing.Taxonomy, "2000A PRV-03"));
        }

        WriteName(x12, "85", billing, "2010AA");
        WriteAddress(x12, billing.Address!, "2010AA");
        if (billing.Address!.PostalCode.Replace("-", string.Empty, StringComparison.Ordinal) is not { Length: 9 } zip || !zip.All(char.IsAsciiDigit))
        {
            throw new X12WriteException("2010AA N4-03", "the billing provider's ZIP code has nine digits (ZIP+4).");
        }

        x12.Write("REF", "EI", SegmentWriter.Clean(billing.TaxId, "2010AA REF-02"));

        // 2000B subscriber; 2000C patient when the patient is a dependent.
        var subscriber = claim.Subscriber;
        var dependent = claim.Dependent;
        x12.Write("HL", "2", "1", "22", dependent is null ? "0" : "1");
        x12.Write("SBR", SequenceCode(subscriber.Sequence), dependent is null ? "18" : null, SegmentWriter.Clean(subscriber.GroupNumber, "2000B SBR-03", required: false), null, null, null, null, null, SegmentWriter.Clean(claim.Payer.FilingIndicator, "2000B SBR-09"));
        x12.Write("NM1", "IL", "1", SegmentWriter.Clean(subscriber.LastName, "2010BA NM1-03"), SegmentWriter.Clean(subscriber.FirstName, "2010BA NM1-04", required: false), null, null, null, "MI", SegmentWriter.Clean(subscriber.MemberId, "2010BA NM1-09"));
        if (subscriber.Address is { } address)
        {
            WriteAddress(x12, address, "2010BA");
        }

        x12.Write("DMG", "D8", SegmentWriter.Date(subscriber.BirthDate), subscriber.Sex.ToClaimValue());
        x12.Write("NM1", "PR", "2", SegmentWriter.Clean(claim.Payer.Name, "2010BB NM1-03"), null, null, null, null, "PI", SegmentWriter.Clean(claim.Payer.PayerId, "2010BB NM1-09"));
        if (dependent is not null)
        {
            x12.Write("HL", "3", "2", "23", "0");
            x12.Write("PAT", RelationshipCode(dependent.Relationship));
            x12.Write("NM1", "QC", "1", SegmentWriter.Clean(dependent.LastName, "2010CA NM1-03"), SegmentWriter.Clean(dependent.FirstName, "2010CA NM1-04", required: false));
            WriteAddress(x12, dependent.Address ?? subscriber.Address ?? throw new X12WriteException("dependent.address", "the patient's address (or the subscriber's) is required."), "2010CA");
            x12.Write("DMG", "D8", SegmentWriter.Date(claim.Claim.Patient.BirthDate), claim.Claim.Patient.Sex.ToClaimValue());
        }

        if (professional)
        {
            WriteProfessionalClaim(x12, claim);
        }
        else
        {
            WriteInstitutionalClaim(x12, claim);
        }

        x12.Write("SE", (x12.Count + 1).ToString(CultureInfo.InvariantCulture), stControl);
    }

    private static void WriteProfessionalClaim(SegmentWriter x12, BillingClaim claim)
    {
        var content = claim.Claim;
        RequireContent(content);
        if (content.Diagnoses.Count > MaxProfessionalDiagnoses)
        {
            throw new X12WriteException("diagnoses", $"a professional claim has at most {MaxProfessionalDiagnoses} diagnoses.");
        }

        if (content.Lines.Count > MaxProfessionalLines)
        {
            throw new X12WriteException("lines", $"a professional claim has at most {MaxProfessionalLines} service lines.");
        }

        var placeOfService = SegmentWriter.Clean(content.Lines[0].PlaceOfService, "lines[0].placeOfService");
        x12.Write(
            "CLM", SegmentWriter.Clean(claim.Id, "CLM-01"), SegmentWriter.Amount(claim.TotalCharge), null, null,
            SegmentWriter.Composite(placeOfService, "B", FrequencyCode(claim.Frequency)), "Y", "A", "Y", "Y");
        WriteOriginalReference(x12, claim);
        x12.Write("HI", content.Diagnoses.Select((d, i) => SegmentWriter.Composite(i == 0 ? "ABK" : "ABF", DiagnosisCode(d.Code, $"diagnoses[{i}].code"))).ToArray());
        if (claim.RenderingProvider is { } rendering)
        {
            WriteName(x12, "82", rendering, "2310B");
            if (rendering.Taxonomy is not null)
            {
                x12.Write("PRV", "PE", "PXC", SegmentWriter.Clean(rendering.Taxonomy, "2310B PRV-03"));
            }
        }

        for (var i = 0; i < content.Lines.Count; i++)
        {
            var line = content.Lines[i];
            var field = $"lines[{i}]";
            x12.Write("LX", (i + 1).ToString(CultureInfo.InvariantCulture));
            var linePlace = line.PlaceOfService is { } own && own != placeOfService ? SegmentWriter.Clean(own, $"{field}.placeOfService") : null;
            x12.Write(
                "SV1", Procedure(line, field), SegmentWriter.Amount(Charge(line, field)), "UN", SegmentWriter.Quantity(line.Units), linePlace, null,
                Pointers(line, field, content.Diagnoses.Count));
            x12.Write("DTP", "472", "D8", SegmentWriter.Date(content.DateOfServiceOf(line)));
        }
    }

    private static void WriteInstitutionalClaim(SegmentWriter x12, BillingClaim claim)
    {
        var content = claim.Claim;
        var details = claim.Institutional!;
        RequireContent(content);
        if (content.Diagnoses.Count > MaxInstitutionalOtherDiagnoses + 1)
        {
            throw new X12WriteException("diagnoses", $"an institutional claim has at most {MaxInstitutionalOtherDiagnoses + 1} diagnoses.");
        }

        if (content.Procedures.Count > MaxInstitutionalProcedures)
        {
            throw new X12WriteException("procedures", $"an institutional claim has at most {MaxInstitutionalProcedures} procedures.");
        }

        x12.Write(
            "CLM", SegmentWriter.Clean(claim.Id, "CLM-01"), SegmentWriter.Amount(claim.TotalCharge), null, null,
            SegmentWriter.Composite(details.FacilityTypeCode, "A", FrequencyCode(claim.Frequency)), null, "A", "Y", "Y");
        x12.Write("DTP", "434", "RD8", $"{SegmentWriter.Date(details.StatementFrom)}-{SegmentWriter.Date(details.StatementThrough)}");
        if (details.AdmissionDate is { } admitted)
        {
            x12.Write("DTP", "435", details.AdmissionHour is null ? "D8" : "DT", SegmentWriter.Date(admitted) + (details.AdmissionHour is { } hour ? $"{hour:00}00" : string.Empty));
        }

        x12.Write(
            "CL1", SegmentWriter.Clean(details.AdmissionType, "CL1-01", required: false), SegmentWriter.Clean(details.AdmissionSource, "CL1-02", required: false),
            SegmentWriter.Clean(details.PatientStatus, "CL1-03"));
        WriteOriginalReference(x12, claim);

        var principal = content.Diagnoses[0];
        x12.Write("HI", DiagnosisComposite("ABK", principal, "diagnoses[0]"));
        if (details.AdmittingDiagnosis is { } admitting)
        {
            x12.Write("HI", SegmentWriter.Composite("ABJ", DiagnosisCode(admitting, "institutional.admittingDiagnosis")));
        }

        var others = content.Diagnoses.Skip(1).Select((d, i) => DiagnosisComposite("ABF", d, $"diagnoses[{i + 1}]")).ToArray();
        foreach (var chunk in others.Chunk(12))
        {
            x12.Write("HI", chunk);
        }

        if (content.Procedures.Count > 0)
        {
            var procedures = content.Procedures.Select((p, i) => SegmentWriter.Composite(
                i == 0 ? "BBR" : "BBQ", SegmentWriter.Clean(p.Code, $"procedures[{i}].code"), "D8", SegmentWriter.Date(p.Date ?? content.DateOfService))).ToArray();
            x12.Write("HI", procedures[0]);
            foreach (var chunk in procedures.Skip(1).Chunk(12))
            {
                x12.Write("HI", chunk);
            }
        }

        if (claim.RenderingProvider is { } attending)
        {
            WriteName(x12, "71", attending, "2310A");
            if (attending.Taxonomy is not null)
            {
                x12.Write("PRV", "AT", "PXC", SegmentWriter.Clean(attending.Taxonomy, "2310A PRV-03"));
            }
        }

        for (var i = 0; i < content.Lines.Count; i++)
        {
            var line = content.Lines[i];
            var field = $"lines[{i}]";
            x12.Write("LX", (i + 1).ToString(CultureInfo.InvariantCulture));
            x12.Write(
                "SV2", details.RevenueCodes[i], string.IsNullOrWhiteSpace(line.Code) ? null : Procedure(line, field),
                SegmentWriter.Amount(Charge(line, field)), "UN", SegmentWriter.Quantity(line.Units));
            x12.Write("DTP", "472", "D8", SegmentWriter.Date(content.DateOfServiceOf(line)));
        }
    }

    private static void RequireContent(Claim content)
    {
        if (content.Diagnoses.Count == 0)
        {
            throw new X12WriteException("diagnoses", "an 837 claim has at least one diagnosis.");
        }

        if (content.Lines.Count == 0)
        {
            throw new X12WriteException("lines", "an 837 claim has at least one service line.");
        }

        if (content.Lines.Count > 999)
        {
            throw new X12WriteException("lines", "an 837 claim has at most 999 service lines.");
        }
    }

    private static void WriteOriginalReference(SegmentWriter x12, BillingClaim claim)
    {
        if (claim.Frequency != ClaimFrequency.Original)
        {
            x12.Write("REF", "F8", SegmentWriter.Clean(claim.OriginalReference, "2300 REF-02"));
        }
    }

    private static void WriteName(SegmentWriter x12, string entity, Provider provider, string loop)
    {
        var npi = provider.Npi.Value.Length == 10 ? provider.Npi.Value : throw new X12WriteException($"{loop} NM1-09", "a valid NPI is required.");
        x12.Write(
            "NM1", entity, provider.IsPerson ? "1" : "2", SegmentWriter.Clean(provider.Name, $"{loop} NM1-03"),
            provider.IsPerson ? SegmentWriter.Clean(provider.FirstName, $"{loop} NM1-04") : null, null, null, null, "XX", npi);
    }

    private static void WriteAddress(SegmentWriter x12, Address address, string loop)
    {
        x12.Write("N3", SegmentWriter.Clean(address.Line1, $"{loop} N3-01"), SegmentWriter.Clean(address.Line2, $"{loop} N3-02", required: false));
        x12.Write("N4", SegmentWriter.Clean(address.City, $"{loop} N4-01"), SegmentWriter.Clean(address.State, $"{loop} N4-02"), SegmentWriter.Clean(address.PostalCode, $"{loop} N4-03").Replace("-", string.Empty, StringComparison.Ordinal));
    }

    private static string Procedure(ServiceLine line, string field)
    {
        if (line.Modifiers.Count > 4)
        {
            throw new X12WriteException($"{field}.modifiers", "at most four modifiers.");
        }

        return SegmentWriter.Composite(
            [ "HC", SegmentWriter.Clean(line.Code, $"{field}.code"), .. line.Modifiers.Select((m, j) => SegmentWriter.Clean(m, $"{field}.modifiers[{j}]")) ]);
    }

    private static decimal Charge(ServiceLine line, string field) =>
        line.Charge is { } charge and >= 0 ? charge : throw new X12WriteException($"{field}.charge", "a non-negative charge is required.");

    private static string Pointers(ServiceLine line, string field, int diagnoses)
    {
        if (line.DiagnosisPointers.Count is 0 or > MaxPointers)
        {
            throw new X12WriteException($"{field}.diagnosisPointers", $"a professional line points to 1 to {MaxPointers} diagnoses.");
        }

        if (line.DiagnosisPointers.Any(p => p < 1 || p > diagnoses))
        {
            throw new X12WriteException($"{field}.diagnosisPointers", "a pointer does not point to a diagnosis of the claim.");
        }

        return SegmentWriter.Composite(line.DiagnosisPointers.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray());
    }

    private static string DiagnosisComposite(string qualifier, ClaimDiagnosis diagnosis, string field) =>
        SegmentWriter.Composite(
            qualifier, DiagnosisCode(diagnosis.Code, $"{field}.code"), null, null, null, null, null, null,
            PoaCode(diagnosis.PresentOnAdmission, $"{field}.poa"));

    private static string PoaCode(PresentOnAdmission poa, string field) =>
        Enum.IsDefined(poa) ? poa.ToClaimValue() : throw new X12WriteException(field, "not a present-on-admission indicator (Y, N, U, W, 1 or none).");

    private static string DiagnosisCode(string code, string field) =>
        SegmentWriter.Clean(code, field).Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string Fixed(string value, int width, string element)
    {
        var clean = SegmentWriter.Clean(value, element);
        return clean.Length > width ? throw new X12WriteException(element, $"at most {width} characters.") : clean.PadRight(width);
    }

    private static string SequenceCode(PayerSequence sequence) => sequence switch
    {
        PayerSequence.Primary => "P",
        PayerSequence.Secondary => "S",
        PayerSequence.Tertiary => "T",
        _ => throw new X12WriteException("subscriber.sequence", "unknown payer sequence."),
    };

    private static string RelationshipCode(PatientRelationship relationship) => relationship switch
    {
        PatientRelationship.Other => "G8",
        _ when Enum.IsDefined(relationship) => ((int)relationship).ToString("00", CultureInfo.InvariantCulture),
        _ => throw new X12WriteException("dependent.relationship", "unknown relationship."),
    };

    private static string FrequencyCode(ClaimFrequency frequency) => ((int)frequency).ToString(CultureInfo.InvariantCulture);
}
