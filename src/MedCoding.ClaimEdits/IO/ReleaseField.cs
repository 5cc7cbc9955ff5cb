using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.IO;

/// <summary>
/// Writes and reads the release field every compiled file of the claim-edit data starts with: code system (varint),
/// version (string), name (string), effective from and through (varints, <see cref="DateOnly.DayNumber"/>); the same
/// layout as field 1 of an ICD-10-CM file, without its flags byte.
/// </summary>
internal static class ReleaseField
{
    public static PayloadWriter Write(Release release)
    {
        var field = new PayloadWriter(256);
        field.WriteVarInt((int)release.System);
        field.WriteString(release.Version);
        field.WriteString(release.Name);
        field.WriteVarInt(release.EffectiveFrom.DayNumber);
        field.WriteVarInt(release.EffectiveThrough.DayNumber);
        return field;
    }

    public static Release Read(ref PayloadReader field, CodeSystem expected)
    {
        var system = (CodeSystem)field.ReadVarInt();
        var version = field.ReadString();
        var name = field.ReadString();
        var from = field.ReadVarInt();
        var through = field.ReadVarInt();
        if (system != expected)
        {
            throw field.Malformed($"it holds a release of code system {(int)system}, not of {expected.DisplayName()}");
        }

        if (from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber || through < from || string.IsNullOrWhiteSpace(version))
        {
            throw field.Malformed("the release field is not valid");
        }

        return new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name);
    }

    /// <summary>Returns the first difference between two releases (system, version, name, dates), or <see langword="null"/>.</summary>
    public static string? FindDifference(Release expected, Release actual) =>
        expected.System != actual.System || expected.Version != actual.Version || expected.Name != actual.Name
        || expected.EffectiveFrom != actual.EffectiveFrom || expected.EffectiveThrough != actual.EffectiveThrough
            ? $"the release is {actual}, expected {expected}"
            : null;

    /// <summary>Writes an optional date as a varint: 0 for none, else the day number plus one.</summary>
    public static void WriteOptionalDate(PayloadWriter writer, DateOnly? date) => writer.WriteVarInt(date is { } d ? d.DayNumber + 1 : 0);

    /// <summary>Reads a date written by <see cref="WriteOptionalDate"/>.</summary>
    public static DateOnly? ReadOptionalDate(ref PayloadReader field)
    {
        var value = field.ReadVarInt();
        return value == 0 ? null : ReadDayNumber(ref field, value - 1);
    }

    /// <summary>Reads a date written as its day number.</summary>
    public static DateOnly ReadDate(ref PayloadReader field) => ReadDayNumber(ref field, field.ReadVarInt());

    private static DateOnly ReadDayNumber(ref PayloadReader field, int dayNumber) =>
        dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(dayNumber) : throw field.Malformed("a date is out of range");
}
