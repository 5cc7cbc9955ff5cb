using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedCoding.Billing;
using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;
using MedCoding.Icd10Pcs;

namespace MedCoding.Properties;

/// <summary>
/// Code normalisation, for every code type: a code written out parses back to itself (<c>Parse(ToString(x)) == x</c>), so
/// do its value, its lower-case and padded spellings; and any text that parses gives a fixed point.
/// </summary>
[Properties(Replay = PropertySeed.Replay)]
public sealed class CodeNormalizationProperties
{
    private static readonly char[] s_upper = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    private static readonly char[] s_digits = [.. "0123456789"];
    private static readonly char[] s_alphanumeric = [.. s_upper, .. s_digits];
    private static readonly char[] s_pcs = [.. s_digits, .. "ABCDEFGHJKLMNPQRSTUVWXYZ"];

    /// <summary>Text near the codes' shapes: letters of both cases, digits, dots, blanks and a few strangers.</summary>
    private static readonly Gen<string> s_codeLikeText =
        Gen.Elements([.. s_alphanumeric, .. "abcdefxyzio", '.', ' ', '\t', '-', '*', 'é'])
            .ArrayOf()
            .Select(chars => new string(chars.Take(12).ToArray()));

    private static Gen<string> Chars(char[] alphabet, int length) => Gen.Elements(alphabet).ArrayOf(length).Select(c => new string(c));

    /// <summary>A normalised ICD-10-CM value: a letter, then 2 to 6 letters or digits.</summary>
    private static readonly Gen<string> s_icd10Cm =
        from first in Gen.Elements(s_upper)
        from length in Gen.Choose(2, 6)
        from rest in Chars(s_alphanumeric, length)
        select first + rest;

    /// <summary>A normalised ICD-9-CM value: 3 to 5 digits, V and 2 to 4 digits, or E and 3 to 4 digits.</summary>
    private static readonly Gen<string> s_icd9Cm = Gen.OneOf(
        Gen.Choose(3, 5).SelectMany(n => Chars(s_digits, n)),
        Gen.Choose(2, 4).SelectMany(n => Chars(s_digits, n)).Select(d => "V" + d),
        Gen.Choose(3, 4).SelectMany(n => Chars(s_digits, n)).Select(d => "E" + d));

    private static Property RoundTrips<T>(Gen<string> values, Func<string, T> parse, Func<T, string> value)
        where T : IEquatable<T> =>
        Prop.ForAll(values.ToArbitrary(), text =>
        {
            var code = parse(text);
            return value(code) == text
                && parse(code.ToString()!).Equals(code)
                && parse(text.ToLowerInvariant()).Equals(code)
                && parse($"  {code}\t").Equals(code);
        });

    private static Property FixedPoint<T>(Func<string, (bool Ok, T Code)> tryParse, Func<string, T> parse)
        where T : IEquatable<T> =>
        Prop.ForAll(s_codeLikeText.ToArbitrary(), text =>
        {
            var (ok, code) = tryParse(text);
            return !ok || (parse(code.ToString()!).Equals(code) && tryParse(code.ToString()!).Code.Equals(code));
        });

    [Property(MaxTest = 500)]
    public Property Icd10Cm_WrittenOut_ParsesBack() =>
        RoundTrips(s_icd10Cm, Icd10CmCode.Parse, c => c.Value);

    [Property(MaxTest = 500)]
    public Property Icd10Cm_DottedAndUndotted_AreOneCode() =>
        Prop.ForAll(s_icd10Cm.ToArbitrary(), value =>
            Icd10CmCode.Parse(Icd10CmCode.ToDotted(value)).Equals(Icd10CmCode.FromNormalized(value))
            && Icd10CmCode.Parse(value).ToString() == Icd10CmCode.ToDotted(value));

    [Property(MaxTest = 1000)]
    public Property Icd10Cm_AnyTextThatParses_IsAFixedPoint() =>
        FixedPoint(t => (Icd10CmCode.TryParse(t, out var c), c), Icd10CmCode.Parse);

    [Property(MaxTest = 500)]
    public Property Icd9Cm_WrittenOut_ParsesBack() =>
        RoundTrips(s_icd9Cm, Icd9CmCode.Parse, c => c.Value);

    [Property(MaxTest = 1000)]
    public Property Icd9Cm_AnyTextThatParses_IsAFixedPoint() =>
        FixedPoint(t => (Icd9CmCode.TryParse(t, out var c, out _), c), Icd9CmCode.Parse);

    [Property(MaxTest = 500)]
    public Property Pcs_WrittenOut_ParsesBack() =>
        RoundTrips(Chars(s_pcs, PcsCode.Length), PcsCode.Parse, c => c.Value);

    [Property(MaxTest = 1000)]
    public Property Pcs_AnyTextThatParses_IsAFixedPoint() =>
        FixedPoint(t => (PcsCode.TryParse(t, out var c), c), PcsCode.Parse);

    [Property(MaxTest = 500)]
    public Property Hcpcs_WrittenOut_ParsesBack() =>
        RoundTrips(
            from letter in Gen.Elements([.. "ABCDEFGHIJKLMNOPQRSTUV"])
            from digits in Chars(s_digits, 4)
            select letter + digits,
            HcpcsCode.Parse,
            c => c.Value);

    [Property(MaxTest = 1000)]
    public Property Hcpcs_AnyTextThatParses_IsAFixedPoint() =>
        FixedPoint(t => (HcpcsCode.TryParse(t, out var c, out _), c), HcpcsCode.Parse);

    [Property(MaxTest = 500)]
    public Property Cpt_WrittenOut_ParsesBack() =>
        RoundTrips(
            from digits in Chars(s_digits, 4)
            from last in Gen.Elements([.. "0123456789FTU"])
            select digits + last,
            CptCode.Parse,
            c => c.Value);

    [Property(MaxTest = 1000)]
    public Property Cpt_AnyTextThatParses_IsAFixedPoint() =>
        FixedPoint(t => (CptCode.TryParse(t, out var c, out _), c), CptCode.Parse);

    [Property(MaxTest = 500)]
    public Property Npi_WithItsCheckDigit_ParsesBackAndAnyOtherLastDigitFails() =>
        Prop.ForAll(Chars(s_digits, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (nine, shift) =>
        {
            var check = Npi.CheckDigit(nine);
            var text = nine + (char)('0' + check);
            var wrong = nine + (char)('0' + ((check + shift) % 10));
            return Npi.Parse(text).Value == text && Npi.Parse(Npi.Parse(text).ToString()).Equals(Npi.Parse(text)) && !Npi.IsValid(wrong);
        });
}
