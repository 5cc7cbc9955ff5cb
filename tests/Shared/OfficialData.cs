namespace MedCoding.Testing;

/// <summary>
/// Locates the official CMS/CDC release files the tests read: <c>../shared/data</c> beside the
/// repository, or the folder named by the <c>MEDCODING_DATA</c> environment variable. A missing
/// folder or file fails the test with a message saying where it looked; it is never skipped.
/// </summary>
internal static class OfficialData
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>Gets the data folder (the one holding <c>icd10cm/</c>, <c>icd10pcs/</c> ...).</summary>
    public static string Root => s_root.Value;

    /// <summary>Returns the full path of a folder or file under the data folder, which must exist.</summary>
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([Root, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException(
                $"The official data file '{path}' is missing. The tests read the CMS/CDC release files from ../shared/data beside the repository (or from MEDCODING_DATA); see ../shared/data/README.md.",
                path);
        }

        return path;
    }

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MEDCODING_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? System.IO.Path.GetFullPath(fromEnvironment)
                : throw new DirectoryNotFoundException($"MEDCODING_DATA names '{fromEnvironment}', which does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MedCoding.Sdk.sln")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data)
                    ? data
                    : throw new DirectoryNotFoundException(
                        $"The official data folder '{data}' is missing. The tests read the CMS/CDC release files from ../shared/data beside the repository, or from the folder named by MEDCODING_DATA.");
            }
        }

        throw new DirectoryNotFoundException($"Could not find MedCoding.Sdk.sln above '{AppContext.BaseDirectory}' to locate ../shared/data; set MEDCODING_DATA.");
    }
}
