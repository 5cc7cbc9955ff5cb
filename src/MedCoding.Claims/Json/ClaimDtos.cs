using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedCoding.Claims.Json;

// The wire form of a claim. Everything is optional here so that a missing field is reported by name
// when the DTO is mapped to the immutable model; unknown fields are caught through the extension data.

internal sealed class ClaimDto
{
    public string? Type { get; set; }

    public DateOnly? DateOfService { get; set; }

    public PatientDto? Patient { get; set; }

    public List<DiagnosisDto?>? Diagnoses { get; set; }

    public List<ProcedureDto?>? Procedures { get; set; }

    public List<LineDto?>? Lines { get; set; }

    public StayDto? Stay { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class PatientDto
{
    public DateOnly? BirthDate { get; set; }

    public string? Sex { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class DiagnosisDto
{
    public string? Code { get; set; }

    public string? Poa { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class ProcedureDto
{
    public string? Code { get; set; }

    public DateOnly? Date { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class LineDto
{
    public string? Code { get; set; }

    public List<string?>? Modifiers { get; set; }

    public decimal? Units { get; set; }

    public List<int>? DiagnosisPointers { get; set; }

    public DateOnly? DateOfService { get; set; }

    public string? PlaceOfService { get; set; }

    public decimal? Charge { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed class StayDto
{
    public DateOnly? AdmissionDate { get; set; }

    public DateOnly? DischargeDate { get; set; }

    // The UB-04's two-digit code as written ("01"), not a number: the leading zero is part of the code.
    public string? DischargeStatus { get; set; }

    public string? AdmittingDiagnosis { get; set; }

    public int? LengthOfStay { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ClaimDto))]
internal sealed partial class ClaimJsonContext : JsonSerializerContext;
