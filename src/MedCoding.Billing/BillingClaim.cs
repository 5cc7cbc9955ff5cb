using System.Text.Json.Serialization;
using MedCoding.Claims;

namespace MedCoding.Billing;

/// <summary>
/// Returns the biller's product: the coded content of a claim plus payer, subscriber, providers and frequency.
/// </summary>
/// <remarks>
/// <para>
/// The clinical content (<see cref="Claim"/>: diagnoses, procedures, lines with charges and place of
/// service) is the model the claim editor scrubs; everything else here is what a payer needs to pay it.
/// </para>
/// <para>
/// An inpatient bill (institutional details with an admission date) has one stay. A <see cref="Claims.Claim.Stay"/> given
/// with the claim must agree with the details the 837I is written from: the same admission date, the statement through
/// date as the discharge date, the patient status as the discharge status, the same admitting diagnosis (compared as
/// written). A claim given without a stay gets the one the details report (<see cref="InstitutionalDetails.ToInpatientStay"/>),
/// so that <see cref="Claim"/> is what the claim editor and the grouper should see.
/// </para>
/// <para><see cref="ToString"/> shows no patient data.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record BillingClaim
{
    /// <summary>Initializes a claim.</summary>
    /// <param name="id">The patient control number (CLM01): the provider's own claim id, at most 38 characters.</param>
    /// <param name="claim">The coded content: type, diagnoses, procedures, priced service lines and, for an inpatient bill, the stay (or none, to take it from <paramref name="institutional"/>).</param>
    /// <param name="payer">The payer billed.</param>
    /// <param name="subscriber">The insured: the patient, unless <paramref name="dependent"/> is given.</param>
    /// <param name="billingProvider">The billing provider; needs an address and a tax id.</param>
    /// <param name="renderingProvider">The rendering (professional) or attending (institutional) provider, if not the billing provider.</param>
    /// <param name="frequency">Original, replacement or void.</param>
    /// <param name="originalReference">The payer's claim control number of the claim replaced or voided; required unless original.</param>
    /// <param name="institutional">The institutional details; required for, and only for, an institutional claim.</param>
    /// <param name="encounterId">The encounter the claim bills, if known.</param>
    /// <param name="dependent">The patient's name and relationship when the patient is not the subscriber; <see langword="null"/> when the patient is the subscriber.</param>
    /// <exception cref="ArgumentException">
    /// The parts do not fit together, for example the claim's stay disagrees with the institutional details (see the message,
    /// which names the fields and never shows patient data).
    /// </exception>
    public BillingClaim(
        string id,
        Claim claim,
        Payer payer,
        Subscriber subscriber,
        Provider billingProvider,
        Provider? renderingProvider = null,
        ClaimFrequency frequency = ClaimFrequency.Original,
        string? originalReference = null,
        InstitutionalDetails? institutional = null,
        string? encounterId = null,
        Dependent? dependent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(billingProvider);
        if (id.Length > 38)
        {
            throw new ArgumentException("The patient control number is at most 38 characters.", nameof(id));
        }

        if (billingProvider.Address is null || billingProvider.TaxId is null)
        {
            throw new ArgumentException("The billing provider needs an address and a tax id.", nameof(billingProvider));
        }

        if (frequency != ClaimFrequency.Original && string.IsNullOrWhiteSpace(originalReference))
        {
            throw new ArgumentException("A replacement or void claim names the payer's claim number of the claim it replaces.", nameof(originalReference));
        }

        if (frequency == ClaimFrequency.Original && originalReference is not null)
        {
            throw new ArgumentException("An original claim does not reference a prior claim.", nameof(originalReference));
        }

        if ((claim.Type == ClaimType.Institutional) != (institutional is not null))
        {
            throw new ArgumentException("Institutional details are required for, and only for, an institutional claim.", nameof(institutional));
        }

        if (institutional is not null && institutional.RevenueCodes.Count != claim.Lines.Count)
        {
            throw new ArgumentException("An institutional claim has one revenue code per service line.", nameof(institutional));
        }

        if (institutional is not null)
        {
            claim = WithStayOf(claim, institutional);
        }

        Id = id;
        Claim = claim;
        Payer = payer;
        Subscriber = subscriber;
        BillingProvider = billingProvider;
        RenderingProvider = renderingProvider;
        Frequency = frequency;
        OriginalReference = originalReference;
        Institutional = institutional;
        EncounterId = encounterId;
        Dependent = dependent;
    }

    /// <summary>Gets the patient control number (CLM01).</summary>
    public string Id { get; }

    /// <summary>
    /// Gets the coded content: for an inpatient bill, with its stay (the one given, or the one the institutional details report).
    /// </summary>
    public Claim Claim { get; }

    /// <summary>Gets the payer billed.</summary>
    public Payer Payer { get; }

    /// <summary>Gets the insured.</summary>
    public Subscriber Subscriber { get; }

    /// <summary>Gets the billing provider.</summary>
    public Provider BillingProvider { get; }

    /// <summary>Gets the rendering or attending provider, if any.</summary>
    public Provider? RenderingProvider { get; }

    /// <summary>Gets whether the claim is original, a replacement or a void.</summary>
    public ClaimFrequency Frequency { get; }

    /// <summary>Gets the payer's claim control number of the claim replaced or voided, if any.</summary>
    public string? OriginalReference { get; }

    /// <summary>Gets the institutional details, if institutional.</summary>
    public InstitutionalDetails? Institutional { get; }

    /// <summary>Gets the encounter billed, if known.</summary>
    public string? EncounterId { get; }

    /// <summary>Gets the patient's name and relationship when the patient is not the subscriber, or <see langword="null"/>.</summary>
    public Dependent? Dependent { get; }

    /// <summary>Gets the total charge: the sum of the line charges.</summary>
    [JsonIgnore]
    public decimal TotalCharge => Claim.Lines.Sum(l => l.Charge ?? 0m);

    /// <summary>Gets the last date of service: the statement through date, or the latest line date.</summary>
    [JsonIgnore]
    public DateOnly LastDateOfService =>
        Institutional?.StatementThrough
        ?? (Claim.Lines.Count == 0 ? Claim.DateOfService : Claim.Lines.Max(Claim.DateOfServiceOf));

    /// <summary>Gets the last day this claim may be filed with its payer.</summary>
    [JsonIgnore]
    public DateOnly TimelyFilingDeadline => Payer.Settings.TimelyFilingDeadline(LastDateOfService);

    /// <summary>Returns a claim for the coded encounter of a professional or institutional service.</summary>
    /// <param name="id">The patient control number.</param>
    /// <param name="coded">The coder's product.</param>
    /// <param name="type">Professional or institutional.</param>
    /// <param name="charges">One charge per coded service, in order.</param>
    /// <param name="payer">The payer.</param>
    /// <param name="subscriber">The insured.</param>
    /// <param name="billingProvider">The billing provider.</param>
    /// <param name="institutional">The institutional details, for an institutional claim; with an admission date, the claim's stay.</param>
    /// <returns>An original claim whose rendering provider is the encounter's provider.</returns>
    public static BillingClaim FromCodedEncounter(
        string id,
        CodedEncounter coded,
        ClaimType type,
        IEnumerable<decimal> charges,
        Payer payer,
        Subscriber subscriber,
        Provider billingProvider,
        InstitutionalDetails? institutional = null)
    {
        ArgumentNullException.ThrowIfNull(coded);
        return new BillingClaim(id, coded.ToClaim(type, charges), payer, subscriber, billingProvider, coded.Encounter.Provider, institutional: institutional, encounterId: coded.Encounter.Id);
    }

    /// <summary>Returns a copy of this claim that replaces (frequency 7) the claim the payer numbered <paramref name="payerClaimNumber"/>.</summary>
    /// <param name="payerClaimNumber">The payer's claim control number of the claim replaced (CLP07 of its remittance).</param>
    /// <returns>The replacement claim, with the same id and content.</returns>
    public BillingClaim Replacing(string payerClaimNumber) => WithFrequency(ClaimFrequency.Replacement, payerClaimNumber);

    /// <summary>Returns a copy of this claim that voids (frequency 8) the claim the payer numbered <paramref name="payerClaimNumber"/>.</summary>
    /// <param name="payerClaimNumber">The payer's claim control number of the claim voided (CLP07 of its remittance).</param>
    /// <returns>The void claim, with the same id and content.</returns>
    public BillingClaim Voiding(string payerClaimNumber) => WithFrequency(ClaimFrequency.Void, payerClaimNumber);

    /// <summary>Returns a description without patient data.</summary>
    /// <returns>The type, frequency, line count and payer id.</returns>
    public override string ToString() => $"BillingClaim {{ Type = {Claim.Type}, Frequency = {Frequency}, Lines = {Claim.Lines.Count}, Payer = {Payer.PayerId} }}";

    /// <summary>Returns the claim with the stay the details report, after checking a stay it already has against them.</summary>
    private static Claim WithStayOf(Claim claim, InstitutionalDetails institutional)
    {
        var reported = institutional.ToInpatientStay();
        if (claim.Stay is not { } stay)
        {
            return reported is null ? claim : new Claim(claim.Type, claim.DateOfService, claim.Patient, claim.Diagnoses, claim.Procedures, claim.Lines, reported);
        }

        // The messages name the two fields that disagree, never their values.
        var problem =
            reported is null ? "claim.stay: the institutional details report no admission date (institutional.admissionDate), so the bill is not for an inpatient stay."
            : stay.AdmissionDate != reported.AdmissionDate ? "claim.stay.admissionDate: differs from institutional.admissionDate."
            : stay.DischargeDate != reported.DischargeDate ? "claim.stay.dischargeDate: differs from institutional.statementThrough, the last day the claim covers."
            : stay.DischargeStatus != reported.DischargeStatus ? "claim.stay.dischargeStatus: differs from institutional.patientStatus."
            : !string.Equals(stay.AdmittingDiagnosis, reported.AdmittingDiagnosis, StringComparison.Ordinal) ? "claim.stay.admittingDiagnosis: differs from institutional.admittingDiagnosis."
            : null;
        return problem is null ? claim : throw new ArgumentException(problem, nameof(claim));
    }

    private BillingClaim WithFrequency(ClaimFrequency frequency, string payerClaimNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payerClaimNumber);
        return new BillingClaim(Id, Claim, Payer, Subscriber, BillingProvider, RenderingProvider, frequency, payerClaimNumber, Institutional, EncounterId, Dependent);
    }
}
