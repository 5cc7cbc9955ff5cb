using System.Text.Json;
using System.Text.Json.Serialization;
using MedCoding.Billing.Denials;
using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.X12;
using MedCoding.Claims;

namespace MedCoding.Billing.Json;

/// <summary>The source-generated serialization metadata of every billing domain type.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(NpiJsonConverter),
        typeof(ClaimJsonConverter),
        typeof(CamelCaseEnumConverter<CareSetting>),
        typeof(CamelCaseEnumConverter<ActorRole>),
        typeof(CamelCaseEnumConverter<ClaimFrequency>),
        typeof(CamelCaseEnumConverter<PayerSequence>),
        typeof(AdministrativeSexJsonConverter),
        typeof(CamelCaseEnumConverter<ClaimStatus>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<AdjustmentGroup>),
        typeof(CamelCaseEnumConverter<RemittanceClaimStatus>),
        typeof(CamelCaseEnumConverter<Job>),
        typeof(CamelCaseEnumConverter<DenialCause>),
        typeof(CamelCaseEnumConverter<PatientRelationship>),
    ])]
[JsonSerializable(typeof(Npi))]
[JsonSerializable(typeof(Address))]
[JsonSerializable(typeof(Provider))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Encounter))]
[JsonSerializable(typeof(CodedService))]
[JsonSerializable(typeof(CodedEncounter))]
[JsonSerializable(typeof(PayerSettings))]
[JsonSerializable(typeof(Payer))]
[JsonSerializable(typeof(Subscriber))]
[JsonSerializable(typeof(Dependent))]
[JsonSerializable(typeof(PatientRelationship))]
[JsonSerializable(typeof(InstitutionalDetails))]
[JsonSerializable(typeof(BillingClaim))]
[JsonSerializable(typeof(ScrubFinding))]
[JsonSerializable(typeof(ScrubReport))]
[JsonSerializable(typeof(ClaimTransition))]
[JsonSerializable(typeof(ClaimLifecycle))]
[JsonSerializable(typeof(Adjustment))]
[JsonSerializable(typeof(RemittancePayment))]
[JsonSerializable(typeof(ProviderAdjustment))]
[JsonSerializable(typeof(ServicePayment))]
[JsonSerializable(typeof(ClaimPayment))]
[JsonSerializable(typeof(Remittance))]
[JsonSerializable(typeof(IReadOnlyList<Remittance>))]
[JsonSerializable(typeof(RemittanceSummary))]
[JsonSerializable(typeof(CarcRoute))]
[JsonSerializable(typeof(WorkItem))]
[JsonSerializable(typeof(WorkQueue))]
[JsonSerializable(typeof(CareSetting))]
[JsonSerializable(typeof(ActorRole))]
[JsonSerializable(typeof(ClaimFrequency))]
[JsonSerializable(typeof(PayerSequence))]
[JsonSerializable(typeof(ClaimStatus))]
[JsonSerializable(typeof(Severity))]
[JsonSerializable(typeof(AdjustmentGroup))]
[JsonSerializable(typeof(RemittanceClaimStatus))]
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(DenialCause))]
internal sealed partial class BillingJsonContext : JsonSerializerContext;
