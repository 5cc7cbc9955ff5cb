using System.Collections.Frozen;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// The flags the Medicare Code Editor's rules read, each as one bit, so that a rule tests a code's flags with a mask rather
/// than by comparing names. A flag no rule reads has no bit (it stays in <see cref="MceFlags"/> by name).
/// </summary>
internal static class MceFlagBits
{
    public const ulong Newborn = 1UL << 0;
    public const ulong Pediatric = 1UL << 1;
    public const ulong Maternity = 1UL << 2;
    public const ulong Adult = 1UL << 3;
    public const ulong Male = 1UL << 4;
    public const ulong Female = 1UL << 5;
    public const ulong Manifestation = 1UL << 6;
    public const ulong Unacceptable = 1UL << 7;
    public const ulong RequiresSecondaryDiagnosis = 1UL << 8;
    public const ulong QuestionableAdmission = 1UL << 9;
    public const ulong ExternalCauseAsPrincipal = 1UL << 10;
    public const ulong NonCovered = 1UL << 11;
    public const ulong NonCoveredOver60 = 1UL << 12;
    public const ulong NonCoveredUnlessKidneyTransplantOrType1Diabetes = 1UL << 13;
    public const ulong KidneyTransplant = 1UL << 14;
    public const ulong Type1Diabetes = 1UL << 15;
    public const ulong NonCoveredWithDiagnosis6 = 1UL << 16;
    public const ulong NonCoveredWithDiagnosis7 = 1UL << 17;
    public const ulong NonCoveredWithSterilization = 1UL << 18;
    public const ulong ArtificialHeartFirst = 1UL << 19;
    public const ulong ArtificialHeartSecond = 1UL << 20;
    public const ulong ClinicalTrial = 1UL << 21;
    public const ulong LimitedCoverage = 1UL << 22;
    public const ulong Nonspecific = 1UL << 23;
    public const ulong MedicareSecondaryPayer = 1UL << 24;
    public const ulong Mdc08 = 1UL << 25;
    public const ulong OperatingRoom = 1UL << 26;
    public const ulong Biopsy = 1UL << 27;
    public const ulong Bilateral = 1UL << 28;
    public const ulong LengthOfStay = 1UL << 29;
    public const ulong CesareanSection = 1UL << 30;
    public const ulong VaginalDelivery = 1UL << 31;
    public const ulong OutcomeOfDelivery = 1UL << 32;
    public const ulong WrongProcedure = 1UL << 33;
    public const ulong Unspecified = 1UL << 34;

    /// <summary>The diagnosis flags that raise a non-covered procedure with the same flag (<c>ncov6</c>, <c>ncov_z302</c>, <c>ncov7</c>).</summary>
    public const ulong NonCoveredWithDiagnosis = NonCoveredWithDiagnosis6 | NonCoveredWithSterilization | NonCoveredWithDiagnosis7;

    private static readonly FrozenDictionary<string, ulong> s_bits = new Dictionary<string, ulong>(StringComparer.Ordinal)
    {
        [MceFlagNames.Newborn] = Newborn,
        [MceFlagNames.Pediatric] = Pediatric,
        [MceFlagNames.Maternity] = Maternity,
        [MceFlagNames.Adult] = Adult,
        [MceFlagNames.Male] = Male,
        [MceFlagNames.Female] = Female,
        [MceFlagNames.Manifestation] = Manifestation,
        [MceFlagNames.Unacceptable] = Unacceptable,
        [MceFlagNames.RequiresSecondaryDiagnosis] = RequiresSecondaryDiagnosis,
        [MceFlagNames.QuestionableAdmission] = QuestionableAdmission,
        [MceFlagNames.ExternalCauseAsPrincipal] = ExternalCauseAsPrincipal,
        [MceFlagNames.NonCovered] = NonCovered,
        [MceFlagNames.NonCoveredOver60] = NonCoveredOver60,
        [MceFlagNames.NonCoveredUnlessKidneyTransplantOrType1Diabetes] = NonCoveredUnlessKidneyTransplantOrType1Diabetes,
        [MceFlagNames.KidneyTransplant] = KidneyTransplant,
        [MceFlagNames.Type1Diabetes] = Type1Diabetes,
        [MceFlagNames.NonCoveredWithDiagnosis6] = NonCoveredWithDiagnosis6,
        [MceFlagNames.NonCoveredWithDiagnosis7] = NonCoveredWithDiagnosis7,
        [MceFlagNames.NonCoveredWithSterilization] = NonCoveredWithSterilization,
        [MceFlagNames.ArtificialHeartFirst] = ArtificialHeartFirst,
        [MceFlagNames.ArtificialHeartSecond] = ArtificialHeartSecond,
        [MceFlagNames.ClinicalTrial] = ClinicalTrial,
        [MceFlagNames.LimitedCoverage] = LimitedCoverage,
        [MceFlagNames.Nonspecific] = Nonspecific,
        [MceFlagNames.MedicareSecondaryPayer] = MedicareSecondaryPayer,
        [MceFlagNames.Mdc08] = Mdc08,
        [MceFlagNames.OperatingRoom] = OperatingRoom,
        [MceFlagNames.Biopsy] = Biopsy,
        [MceFlagNames.Bilateral] = Bilateral,
        [MceFlagNames.LengthOfStay] = LengthOfStay,
        [MceFlagNames.CesareanSection] = CesareanSection,
        [MceFlagNames.VaginalDelivery] = VaginalDelivery,
        [MceFlagNames.OutcomeOfDelivery] = OutcomeOfDelivery,
        [MceFlagNames.WrongProcedure] = WrongProcedure,
        [MceFlagNames.Unspecified] = Unspecified,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the bits of a set of flag names; names no rule reads add nothing.</summary>
    public static ulong Of(IEnumerable<string> names)
    {
        var bits = 0UL;
        foreach (var name in names)
        {
            bits |= s_bits.GetValueOrDefault(name);
        }

        return bits;
    }

    /// <summary>Returns the bit of an age group's flag (<c>newborn</c>...), or 0 for a group no rule knows.</summary>
    public static ulong Of(string name) => s_bits.GetValueOrDefault(name);
}
