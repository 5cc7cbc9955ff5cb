namespace MedCoding.Grouping;

/// <summary>Names return codes as the CMS grouper does.</summary>
public static class GrouperReturnCodeExtensions
{
    /// <summary>Returns the CMS name of the return code, e.g. <c>OK</c> or <c>DX_CANNOT_BE_PDX</c>.</summary>
    /// <param name="code">The return code.</param>
    /// <returns>The name.</returns>
    public static string ToCmsName(this GrouperReturnCode code) => code switch
    {
        GrouperReturnCode.Ok => "OK",
        GrouperReturnCode.InvalidPdx => "INVALID_PDX",
        GrouperReturnCode.DxCannotBePdx => "DX_CANNOT_BE_PDX",
        GrouperReturnCode.InvalidSex => "INVALID_SEX",
        GrouperReturnCode.InvalidDischargeStatus => "INVALID_DISCHARGE_STATUS",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a grouper return code."),
    };

    /// <summary>Returns the return code a CMS name stands for.</summary>
    /// <param name="name">The CMS name, e.g. <c>OK</c>.</param>
    /// <param name="code">The return code.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParseCmsName(string name, out GrouperReturnCode code)
    {
        foreach (var candidate in Enum.GetValues<GrouperReturnCode>())
        {
            if (string.Equals(candidate.ToCmsName(), name, StringComparison.OrdinalIgnoreCase))
            {
                code = candidate;
                return true;
            }
        }

        code = default;
        return false;
    }
}
