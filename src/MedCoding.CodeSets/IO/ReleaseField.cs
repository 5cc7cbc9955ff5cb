namespace MedCoding.CodeSets.IO;

/// <summary>
/// The release field a compiled payload starts with, for a format with nothing to add to it (the GEMs, the MCE tables,
/// the POA-exempt list, title words): code system (varint), version (string), name (string), effective from and through
/// (varints, <see cref="DateOnly.DayNumber"/>); the same layout as field 1 of an ICD-10-CM file, without its flags byte.
/// </summary>
public static class ReleaseField
{
    /// <summary>Writes a release as the field's body.</summary>
    /// <param name="release">The release.</param>
    /// <returns>The field's body.</returns>
    public static PayloadWriter Write(Release release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var field = new PayloadWriter(256);
        field.WriteVarInt((int)release.System);
        field.WriteString(release.Version);
        field.WriteString(release.Name);
        field.WriteVarInt(release.EffectiveFrom.DayNumber);
        field.WriteVarInt(release.EffectiveThrough.DayNumber);
        return field;
    }

    /// <summary>Reads a release written by <see cref="Write"/>, checking each value and refusing a release of another system.</summary>
    /// <param name="field">The field.</param>
    /// <param name="source">The file or resource, for messages.</param>
    /// <param name="expected">The system the file must hold.</param>
    /// <param name="what">What the file must hold, for the message: <c>diagnosis GEMs</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="CompiledDataException">The file holds another system's release, or the field is malformed.</exception>
    public static Release Read(ref PayloadReader field, string source, CodeSystem expected, string what)
    {
        var system = (CodeSystem)field.ReadVarInt();
        if (system != expected)
        {
            throw new CompiledDataException(
                CompiledDataProblem.Malformed,
                Enum.IsDefined(system)
                    ? $"{source} holds a {system.DisplayName()} release, not {what}."
                    : $"{source} is malformed: the release field names the unknown code system {(int)system}.");
        }

        var version = field.ReadString();
        var name = field.ReadString();
        var from = field.ReadVarInt();
        var through = field.ReadVarInt();
        if (from > DateOnly.MaxValue.DayNumber || through > DateOnly.MaxValue.DayNumber || through < from || string.IsNullOrWhiteSpace(version))
        {
            throw field.Malformed("the release field is not valid");
        }

        return new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name);
    }

    /// <summary>Returns the first difference between two releases (system, version, name, dates), or <see langword="null"/>.</summary>
    /// <param name="expected">The release read from the official files.</param>
    /// <param name="actual">The release read back.</param>
    /// <returns>The difference, or <see langword="null"/>.</returns>
    public static string? FindDifference(Release expected, Release actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return expected.System != actual.System || expected.Version != actual.Version || expected.Name != actual.Name
            || expected.EffectiveFrom != actual.EffectiveFrom || expected.EffectiveThrough != actual.EffectiveThrough
                ? $"the release is {actual}, expected {expected}"
                : null;
    }
}
