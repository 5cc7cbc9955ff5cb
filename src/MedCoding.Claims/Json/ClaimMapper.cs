using System.Globalization;
using System.Text.Json;
using MedCoding.CodeSets;

namespace MedCoding.Claims.Json;

/// <summary>Maps the wire form to the immutable model and back, naming any missing or unknown field.</summary>
internal static class ClaimMapper
{
    public static Claim ToClaim(ClaimDto dto)
    {
        RejectUnknown(dto.Unknown, string.Empty);
        var type = dto.Type switch
        {
            "professional" => ClaimType.Professional,
            "institutional" => ClaimType.Institutional,
            null => throw Missing("type", "\"professional\" or \"institutional\""),
            _ => throw new ClaimFormatException("type", "expected \"professional\" or \"institutional\"."),
        };

        // Refused before anything is mapped: every later step is bounded by the form's limits.
        ClaimLimits.ThrowIfExceeded(type, dto.Diagnoses?.Count ?? 0, dto.Procedures?.Count ?? 0, dto.Lines?.Count ?? 0);

        var dateOfService = dto.DateOfService ?? throw Missing("dateOfService", "a date written YYYY-MM-DD");
        var patient = ToPatient(dto.Patient ?? throw Missing("patient", "an object with birthDate and sex"));
        var diagnoses = Map(dto.Diagnoses, "diagnoses", ToDiagnosis);
        var procedures = Map(dto.Procedures, "procedures", ToProcedure);
        var lines = Map(dto.Lines, "lines", ToLine);
        InpatientStay? stay = null;
        if (dto.Stay is { } stayDto)
        {
            stay = type == ClaimType.Institutional
                ? ToStay(stayDto)
                : throw new ClaimFormatException("stay", "only an institutional claim carries an inpatient stay.");
        }

        return new Claim(type, dateOfService, patient, diagnoses, procedures, lines, stay);
    }

    public static ClaimDto ToDto(Claim claim) => new()
    {
        Type = claim.Type == ClaimType.Professional ? "professional" : "institutional",
        DateOfService = claim.DateOfService,
        Patient = new PatientDto { BirthDate = claim.Patient.BirthDate, Sex = claim.Patient.Sex.ToClaimValue() },
        Diagnoses = claim.Diagnoses.Select(d => (DiagnosisDto?)new DiagnosisDto { Code = d.Code, Poa = PoaCode(d.PresentOnAdmission) }).ToList(),
        Procedures = claim.Procedures.Count == 0 ? null : claim.Procedures.Select(p => (ProcedureDto?)new ProcedureDto { Code = p.Code, Date = p.Date }).ToList(),
        Lines = claim.Lines.Count == 0 ? null : claim.Lines.Select(l => (LineDto?)new LineDto
        {
            Code = l.Code,
            Modifiers = l.Modifiers.Count == 0 ? null : l.Modifiers.Select(m => (string?)m).ToList(),
            Units = l.Units,
            DiagnosisPointers = l.DiagnosisPointers.Count == 0 ? null : [.. l.DiagnosisPointers],
            DateOfService = l.DateOfService,
            PlaceOfService = l.PlaceOfService,
            Charge = l.Charge,
        }).ToList(),
        Stay = claim.Stay is not { } stay ? null : new StayDto
        {
            AdmissionDate = stay.AdmissionDate,
            DischargeDate = stay.DischargeDate,
            DischargeStatus = stay.DischargeStatus.ToString("00", CultureInfo.InvariantCulture),
            AdmittingDiagnosis = stay.AdmittingDiagnosis,
            // A computed length of stay follows from the dates: only one that was given is written.
            LengthOfStay = stay.IsLengthOfStayGiven ? stay.LengthOfStay : null,
        },
    };

    private static Patient ToPatient(PatientDto dto)
    {
        RejectUnknown(dto.Unknown, "patient");
        var birthDate = dto.BirthDate ?? throw Missing("patient.birthDate", "a date written YYYY-MM-DD");
        if (dto.Sex is null)
        {
            throw Missing("patient.sex", "\"F\", \"M\" or \"U\"");
        }

        return AdministrativeSexExtensions.TryParse(dto.Sex, out var sex)
            ? new Patient(birthDate, sex)
            : throw new ClaimFormatException("patient.sex", "expected \"F\", \"M\" or \"U\".");
    }

    private static InpatientStay ToStay(StayDto dto)
    {
        RejectUnknown(dto.Unknown, "stay");
        var admissionDate = dto.AdmissionDate ?? throw Missing("stay.admissionDate", "a date written YYYY-MM-DD");
        var dischargeDate = dto.DischargeDate ?? throw Missing("stay.dischargeDate", "a date written YYYY-MM-DD");
        if (dto.DischargeStatus is not { } status)
        {
            throw Missing("stay.dischargeStatus", FieldPath.DischargeStatus);
        }

        if (status.Length != 2 || !char.IsAsciiDigit(status[0]) || !char.IsAsciiDigit(status[1]))
        {
            throw new ClaimFormatException("stay.dischargeStatus", $"expected {FieldPath.DischargeStatus}.");
        }

        try
        {
            return new InpatientStay(admissionDate, dischargeDate, (10 * (status[0] - '0')) + (status[1] - '0'), dto.AdmittingDiagnosis, dto.LengthOfStay);
        }
        catch (ArgumentException e)
        {
            // The stay's own checks, told by field; neither its messages nor these repeat a value.
            var (field, problem) = e.ParamName switch
            {
                "dischargeDate" => ("stay.dischargeDate", "before the admission date."),
                "admittingDiagnosis" => ("stay.admittingDiagnosis", "blank; expected a code, or no admittingDiagnosis when none is reported."),
                "lengthOfStay" when dto.LengthOfStay < 0 => ("stay.lengthOfStay", "negative; expected a whole number of days."),
                "lengthOfStay" => ("stay.lengthOfStay", "longer than the days from admission to discharge."),
                _ => ("stay", MessageText.WithoutParameter(e)),
            };
            throw new ClaimFormatException(field, problem, e);
        }
    }

    private static ClaimDiagnosis ToDiagnosis(DiagnosisDto dto, string field)
    {
        RejectUnknown(dto.Unknown, field);
        var code = RequireCode(dto.Code, field);
        // The indicator is never repeated in the error: only the field and what it may hold.
        return PresentOnAdmissionExtensions.TryParse(dto.Poa, out var poa)
            ? new ClaimDiagnosis(code, poa)
            : throw new ClaimFormatException(FieldPath.Child(field, "poa"), "expected \"Y\", \"N\", \"U\", \"W\" or \"1\" (or no poa when none is reported).");
    }

    private static ClaimProcedure ToProcedure(ProcedureDto dto, string field)
    {
        RejectUnknown(dto.Unknown, field);
        return new ClaimProcedure(RequireCode(dto.Code, field), dto.Date);
    }

    private static ServiceLine ToLine(LineDto dto, string field)
    {
        RejectUnknown(dto.Unknown, field);
        var modifiers = new List<string>();
        for (var i = 0; i < (dto.Modifiers?.Count ?? 0); i++)
        {
            modifiers.Add(dto.Modifiers![i] ?? throw new ClaimFormatException(FieldPath.Item(FieldPath.Child(field, "modifiers"), i), "expected a string, not null."));
        }

        return new ServiceLine(RequireCode(dto.Code, field), modifiers, dto.Units ?? 1, dto.DiagnosisPointers, dto.DateOfService, dto.PlaceOfService, dto.Charge);
    }

    private static List<T> Map<TDto, T>(List<TDto?>? items, string field, Func<TDto, string, T> map)
        where TDto : class
    {
        var result = new List<T>(items?.Count ?? 0);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i] ?? throw new ClaimFormatException(FieldPath.Item(field, i), "expected an object, not null.");
            result.Add(map(item, FieldPath.Item(field, i)));
        }

        return result;
    }

    private static string RequireCode(string? code, string field) =>
        string.IsNullOrWhiteSpace(code) ? throw Missing(FieldPath.Child(field, "code"), "a code") : code;

    private static void RejectUnknown(Dictionary<string, JsonElement>? unknown, string field)
    {
        if (unknown is { Count: > 0 })
        {
            throw new ClaimFormatException(FieldPath.Child(field, unknown.Keys.First()), "unknown field.");
        }
    }

    private static ClaimFormatException Missing(string field, string expected) => new(field, $"required, expected {expected}.");

    /// <summary>Returns the wire form of an indicator: its letter, or no field at all when none was reported.</summary>
    private static string? PoaCode(PresentOnAdmission poa) =>
        poa == PresentOnAdmission.NotReported ? null
        : Enum.IsDefined(poa) ? poa.ToClaimValue()
        : throw new ArgumentException($"A diagnosis has the present-on-admission value {(int)poa}, which is not defined.", "claim");
}
