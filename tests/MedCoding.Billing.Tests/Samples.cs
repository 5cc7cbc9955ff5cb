using MedCoding.Billing.Lifecycle;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Tests;

/// <summary>Shared, made-up test data: no real patient, provider or payer.</summary>
internal static class Samples
{
    public static readonly Npi GroupNpi = Npi.Parse("1234567893");
    public static readonly Npi DoctorNpi = Npi.Parse("1111111112");
    public static readonly Npi HospitalNpi = Npi.Parse("9876543213");

    public static readonly Actor Coder = new("coder-17", ActorRole.Coder);
    public static readonly Actor Biller = new("biller-3", ActorRole.Biller);
    public static readonly Actor Scrubber = new("scrubber", ActorRole.System);
    public static readonly Actor Clearinghouse = new("clearinghouse", ActorRole.Clearinghouse);
    public static readonly Actor PayerActor = new("payer", ActorRole.Payer);

    public static readonly Patient Patient = new(new DateOnly(1950, 2, 1), AdministrativeSex.Female);

    public static readonly Provider Doctor = new(DoctorNpi, "WELBY", "MARCUS", Taxonomy: "207Q00000X");

    public static readonly Provider Group = new(
        GroupNpi, "VALLEY FAMILY MEDICINE", Address: new Address("100 MAIN ST", "SPRINGFIELD", "IL", "627011234"), TaxId: "371234567", Taxonomy: "261QP2300X");

    public static readonly Provider Hospital = new(
        HospitalNpi, "SPRINGFIELD GENERAL HOSPITAL", Address: new Address("1 HOSPITAL DR", "SPRINGFIELD", "IL", "627019999", "SUITE 2"), TaxId: "379876543");

    public static readonly Payer Payer = new("ACME HEALTH PLAN", "ACME1", new PayerSettings(90, 60));

    public static readonly Subscriber Subscriber = new(
        "XYZ123456789", "DOE", "JANE", new DateOnly(1950, 2, 1), AdministrativeSex.Female, new Address("5 ELM ST", "SPRINGFIELD", "IL", "62704"), "GRP01");

    public static readonly DateOnly Visit = new(2025, 11, 3);

    public static Encounter OfficeVisit => new("ENC-1", CareSetting.Office, Doctor, Patient, Visit, Visit);

    public static CodedEncounter CodedOfficeVisit => new(
        OfficeVisit,
        [new ClaimDiagnosis("E11.65"), new ClaimDiagnosis("I10")],
        null,
        [new CodedService("99214", ["25"], 1, [1, 2]), new CodedService("36415", null, 1, [1])],
        Coder,
        new DateTimeOffset(2025, 11, 4, 9, 30, 0, TimeSpan.Zero));

    public static BillingClaim Professional =>
        BillingClaim.FromCodedEncounter("PCN-0001", CodedOfficeVisit, ClaimType.Professional, [150.00m, 12.50m], Payer, Subscriber, Group);

    public static Dependent Child => new("DOE", "JOHNNY", PatientRelationship.Child);

    public static BillingClaim ProfessionalForDependent
    {
        get
        {
            var p = Professional;
            var claim = new Claim(ClaimType.Professional, p.Claim.DateOfService, new Patient(new DateOnly(2015, 6, 30), AdministrativeSex.Male), p.Claim.Diagnoses, null, p.Claim.Lines);
            return new BillingClaim(p.Id, claim, p.Payer, p.Subscriber, p.BillingProvider, p.RenderingProvider, dependent: Child);
        }
    }

    public static InstitutionalDetails Inpatient => new(
        "11", new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 3), "01", ["0450", "0360"],
        admissionType: "1", admissionSource: "7", admissionDate: new DateOnly(2025, 11, 1), admissionHour: 8, admittingDiagnosis: "R10.9");

    /// <summary>The stay <see cref="Inpatient"/> reports: admitted 2025-11-01, billed through 2025-11-03, status 01, admitting R10.9.</summary>
    public static InpatientStay InpatientStay => new(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 3), 1, "R10.9");

    /// <summary>The coded content of <see cref="Institutional"/>, with the stay given (none by default: the details' is taken).</summary>
    public static Claim InpatientContent(InpatientStay? stay = null) => new(
        ClaimType.Institutional,
        new DateOnly(2025, 11, 1),
        Patient,
        [new ClaimDiagnosis("K35.80", PresentOnAdmission.Yes), new ClaimDiagnosis("E11.65", PresentOnAdmission.Yes), new ClaimDiagnosis("I10", PresentOnAdmission.No)],
        [new ClaimProcedure("0DTJ4ZZ", new DateOnly(2025, 11, 1)), new ClaimProcedure("0DJ08ZZ")],
        [new ServiceLine("99284", ["25"], charge: 3000m), new ServiceLine("44970", dateOfService: new DateOnly(2025, 11, 1), charge: 9500.25m)],
        stay);

    /// <summary>An inpatient claim built as before stays existed: its claim has no stay and takes the one <see cref="Inpatient"/> reports.</summary>
    public static BillingClaim Institutional => InstitutionalWith(InpatientContent(), Inpatient);

    public static BillingClaim InstitutionalWith(Claim content, InstitutionalDetails details) =>
        new("PCN-0002", content, Payer, Subscriber, Hospital, Doctor, institutional: details);

    public static ScrubReport CleanScrub => ScrubReport.Clean;

    public static ScrubReport FailedScrub => new(
    [
        new ScrubFinding("PTP_BUNDLED", Severity.Error, "lines[1]", "36415 is bundled into 99214."),
        new ScrubFinding("DX_SPECIFICITY", Severity.Warning, "diagnoses[1]", "A more specific code exists."),
    ]);
}

/// <summary>A clock that returns the time it is set to.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
