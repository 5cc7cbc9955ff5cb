using System.Globalization;
using MedCoding.ClaimEdits.Mce;

namespace MedCoding.ClaimEdits.Edits;

/// <summary>The reasons the built-in edits give with <see cref="ClaimEditContext.ReportDataUnavailable"/>, and the MCE release in force on a claim's date.</summary>
internal static class DataAvailability
{
    /// <summary>Returns the reason for data that is not configured at all.</summary>
    /// <param name="what">What is missing, e.g. <c>POA-exempt list</c>.</param>
    /// <param name="setting">The <see cref="ClaimEditData"/> property that would hold it.</param>
    /// <param name="date">The claim's date.</param>
    /// <returns>The reason.</returns>
    public static string NotConfigured(string what, string setting, DateOnly date) => string.Create(
        CultureInfo.InvariantCulture,
        $"no {what} data is configured (ClaimEditData.{setting}), so none is in force on the claim's date {date:yyyy-MM-dd}.");

    /// <summary>
    /// Returns the Medicare Code Editor release that edits the claim's date (the one in force, or else the first later one
    /// that carries every code's dates: <see cref="MedicareCodeEditor.FindRelease"/>), or reports that the edit's rules could not be
    /// checked (no MCE data configured, or no release in force on that date) and returns <see langword="null"/>.
    /// </summary>
    public static MceRelease? MceInForce(ClaimEditContext context, IReadOnlyList<RuleDescriptor> rules)
    {
        var date = context.Claim.DateOfService;
        if (context.Data.Mce is not { } schedule)
        {
            context.ReportDataUnavailable(rules, NotConfigured("Medicare Code Editor (MCE)", nameof(ClaimEditData.Mce), date));
            return null;
        }

        if (schedule.Count > 0 && new MedicareCodeEditor(schedule).FindRelease(date) is { } mce)
        {
            return mce;
        }

        context.ReportDataUnavailable(rules, schedule.DescribeNoReleaseOn(date));
        return null;
    }

    /// <summary>Returns the MCE release that edits the claim's date (<see cref="MedicareCodeEditor.FindRelease"/>), if any, without reporting anything.</summary>
    public static MceRelease? FindMceInForce(ClaimEditContext context) =>
        context.Data.Mce is { Count: > 0 } schedule ? new MedicareCodeEditor(schedule).FindRelease(context.Claim.DateOfService) : null;
}
