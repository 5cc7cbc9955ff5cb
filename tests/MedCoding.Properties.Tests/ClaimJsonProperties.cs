using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;

namespace MedCoding.Properties;

/// <summary>Claim JSON: any claim written as JSON reads back as the same claim, and writing it again gives the same text.</summary>
[Properties(Replay = PropertySeed.Replay)]
public sealed class ClaimJsonProperties
{
    private static readonly string[] s_diagnoses = ["E11.65", "I10", "J18.9", "A41.9", "S00.00XA", "Z79.4", "R07.9", "T36.0X1A"];
    private static readonly string[] s_lineCodes = ["99214", "36415", "G0439", "0123T", "99213", "A4206"];
    private static readonly string[] s_modifiers = ["25", "59", "LT", "RT", "GA"];
    private static readonly string[] s_procedures = ["0016070", "5A1955Z", "0DTJ4ZZ"];

    private static readonly Gen<DateOnly> s_date = Gen.Choose(0, 3650).Select(d => new DateOnly(2016, 1, 1).AddDays(d));

    private static readonly Gen<decimal> s_money = Gen.Choose(0, 9_999_999).Select(cents => cents / 100m);

    private static Gen<ServiceLine> Line(int diagnoses) =>
        from code in Gen.Elements(s_lineCodes)
        from modifiers in Gen.SubListOf(s_modifiers)
        from units in Gen.Choose(1, 999)
        from pointers in Gen.SubListOf(Enumerable.Range(1, Math.Min(diagnoses, 4)))
        from date in Gen.OneOf(s_date.Select(d => (DateOnly?)d), Gen.Constant((DateOnly?)null))
        from place in Gen.Elements("11", "21", "22", "23").OrNull()
        from charge in Gen.OneOf(s_money.Select(m => (decimal?)m), Gen.Constant((decimal?)null))
        select new ServiceLine(code, modifiers.Take(4), units, pointers, date, place, charge);

    private static readonly Gen<Claim> s_claim =
        from type in Gen.Elements(ClaimType.Professional, ClaimType.Institutional)
        from service in s_date
        from birth in Gen.Choose(0, 100 * 365).Select(d => service.AddDays(-d))
        from sex in Gen.Elements(AdministrativeSex.Female, AdministrativeSex.Male, AdministrativeSex.Unknown)
        from count in Gen.Choose(1, 8)
        from diagnoses in Gen.Elements(s_diagnoses).ArrayOf(count)
        from poa in Gen.Elements(PresentOnAdmission.Yes, PresentOnAdmission.No, PresentOnAdmission.Unknown, PresentOnAdmission.NotReported).ArrayOf(count)
        from lineCount in Gen.Choose(0, 5)
        from lines in Line(count).ArrayOf(lineCount)
        from procedures in Gen.SubListOf(s_procedures)
        from inpatient in Gen.Elements(true, false)
        from stayDays in Gen.Choose(0, 30)
        from status in Gen.Elements(1, 2, 3, 6, 7, 20, 30, 50)
        select new Claim(
            type,
            service,
            new Patient(birth, sex),
            diagnoses.Select((code, i) => new ClaimDiagnosis(code, type == ClaimType.Institutional ? poa[i] : PresentOnAdmission.NotReported)),
            type == ClaimType.Institutional ? procedures.Select(p => new ClaimProcedure(p, service)) : null,
            lines,
            type == ClaimType.Institutional && inpatient ? new InpatientStay(service, service.AddDays(stayDays), status) : null);

    [Property(MaxTest = 300)]
    public Property Claim_WrittenAsJson_ReadsBackTheSame() =>
        Prop.ForAll(s_claim.ToArbitrary(), claim =>
        {
            var json = ClaimJson.Serialize(claim);
            var read = ClaimJson.Parse(json);

            read.Should().Be(claim, json);
            ClaimJson.Serialize(read).Should().Be(json);
        });
}
