using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>Where a command takes its release from: the embedded data (by date or the newest), a folder of official files, or a compiled file.</summary>
internal static class ReleaseSource
{
    /// <summary>Returns the release chosen by <c>--data</c>, <c>--snapshot</c> and <c>--date</c>.</summary>
    /// <exception cref="CommandLineException">Both a folder and a compiled file are given, or the release chosen is not in force on the date.</exception>
    /// <param name="data">The folder given by <c>--data</c>.</param>
    /// <param name="snapshot">The file given by <c>--snapshot</c>.</param>
    /// <param name="date">The date given by <c>--date</c>.</param>
    /// <param name="loadFolder">Loads a folder of official files (tests pass a cache).</param>
    /// <returns>The release, and how to name it in answers: with the dates it is in force when chosen by date.</returns>
    public static (Icd10CmRelease Release, string Name) Choose(DirectoryInfo? data, FileInfo? snapshot, DateOnly? date, Func<string, Icd10CmRelease>? loadFolder = null)
    {
        if (data is not null && snapshot is not null)
        {
            throw new CommandLineException("Give either --data DIR (official files) or --snapshot FILE (a compiled file), not both.");
        }

        var release = data is not null ? (loadFolder ?? (folder => Icd10CmRelease.LoadFolder(folder)))(data.FullName)
            : snapshot is not null ? Icd10CmRelease.FromFile(snapshot.FullName)
            : null;
        if (release is null)
        {
            if (date is not { } day)
            {
                return (Icd10CmData.Default.Newest, Icd10CmData.Default.Newest.Release.Name);
            }

            return Icd10CmData.Default.TryGetForDate(day, out var inForce, out var scheduled)
                ? (inForce, string.Create(CultureInfo.InvariantCulture, $"{scheduled}, the release in force on {day:yyyy-MM-dd}"))
                : throw new NoReleaseInForceException(CodeSystem.Icd10Cm, day, Icd10CmData.Default.Schedule);
        }

        if (date is { } when && !release.Release.IsInForceOn(when))
        {
            throw new CommandLineException(string.Create(CultureInfo.InvariantCulture,
                $"{release.Release} is not in force on {when:yyyy-MM-dd}; leave out --data/--snapshot to pick the embedded release in force that day."));
        }

        return (release, release.Release.Name);
    }

    /// <summary>Returns a release named by version (<c>2026</c>, <c>FY2026</c>, <c>2025-04</c>) among the embedded ones, or by a folder of official files or a compiled file.</summary>
    public static Icd10CmRelease Named(string name)
    {
        if (Icd10CmData.Default.FindVersion(name) is { } embedded)
        {
            return embedded;
        }

        if (Directory.Exists(name))
        {
            return Icd10CmRelease.LoadFolder(name);
        }

        return File.Exists(name)
            ? Icd10CmRelease.FromFile(name)
            : throw new CommandLineException($"{MessageText.Quote(name)} is neither an embedded release ({string.Join(", ", Icd10CmData.Releases.Select(r => r.Version))}), a folder of official files, nor a compiled file.");
    }

    /// <summary>Parses <c>--date</c>.</summary>
    public static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CommandLineException($"--date {MessageText.Quote(text)} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01.");
}

/// <summary>The exception thrown for a command line that cannot be carried out; its message is shown as is.</summary>
internal sealed class CommandLineException(string message) : Exception(MessageText.Line(message));
