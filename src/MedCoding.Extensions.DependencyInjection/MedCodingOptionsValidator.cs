using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using Microsoft.Extensions.Options;

namespace MedCoding;

/// <summary>Checks <see cref="MedCodingOptions"/> when the host starts: every folder and file named exists and is of the kind expected.</summary>
internal sealed class MedCodingOptionsValidator : IValidateOptions<MedCodingOptions>
{
    public ValidateOptionsResult Validate(string? name, MedCodingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.UseEmbeddedData && options.Icd10CmFolders.Count == 0 && options.Icd10CmCompiledFiles.Count == 0)
        {
            failures.Add("MedCodingOptions: no ICD-10-CM release: UseEmbeddedData is false and neither Icd10CmFolders nor Icd10CmCompiledFiles names one.");
        }

        for (var i = 0; i < options.Icd10CmFolders.Count; i++)
        {
            var folder = options.Icd10CmFolders[i];
            var setting = $"{nameof(MedCodingOptions.Icd10CmFolders)}[{i}]";
            if (CheckFolder(setting, folder, failures))
            {
                try
                {
                    Icd10CmFiles.Find(folder);
                }
                catch (DataFileException e)
                {
                    failures.Add($"MedCodingOptions.{setting}: {e.Message}");
                }
            }
        }

        CheckFiles(nameof(MedCodingOptions.Icd10CmCompiledFiles), options.Icd10CmCompiledFiles, failures);

        CheckFiles(nameof(MedCodingOptions.PractitionerPtpFiles), options.PractitionerPtpFiles, failures);
        CheckFiles(nameof(MedCodingOptions.HospitalPtpFiles), options.HospitalPtpFiles, failures);
        CheckFolders(nameof(MedCodingOptions.Icd10PcsFolders), options.Icd10PcsFolders, failures);
        CheckFolders(nameof(MedCodingOptions.HcpcsFolders), options.HcpcsFolders, failures);
        CheckFolders(nameof(MedCodingOptions.PoaExemptFolders), options.PoaExemptFolders, failures);
        CheckFolders(nameof(MedCodingOptions.MsDrgFolders), options.MsDrgFolders, failures);
        CheckFolder(nameof(MedCodingOptions.GemsFolder), options.GemsFolder, failures);
        CheckFile(nameof(MedCodingOptions.CptFile), options.CptFile, failures);
        CheckFile(nameof(MedCodingOptions.PractitionerMueFile), options.PractitionerMueFile, failures);
        CheckFile(nameof(MedCodingOptions.HospitalMueFile), options.HospitalMueFile, failures);
        CheckFile(nameof(MedCodingOptions.MceFile), options.MceFile, failures);
        CheckFile(nameof(MedCodingOptions.CarcRoutesFile), options.CarcRoutesFile, failures);
        CheckFile(nameof(MedCodingOptions.RelativeWeightsFile), options.RelativeWeightsFile, failures);
        if (options.BaseRate is { } baseRate)
        {
            if (baseRate <= 0)
            {
                failures.Add($"MedCodingOptions.{nameof(MedCodingOptions.BaseRate)}: the base rate must be positive.");
            }

            if (options.RelativeWeightsFile is null)
            {
                failures.Add($"MedCodingOptions.{nameof(MedCodingOptions.BaseRate)}: a base rate needs {nameof(MedCodingOptions.RelativeWeightsFile)} to price a DRG.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckFolders(string setting, IList<string> folders, List<string> failures)
    {
        for (var i = 0; i < folders.Count; i++)
        {
            CheckFolder($"{setting}[{i}]", folders[i], failures);
        }
    }

    private static void CheckFiles(string setting, IList<string> files, List<string> failures)
    {
        for (var i = 0; i < files.Count; i++)
        {
            CheckFile($"{setting}[{i}]", files[i], failures);
        }
    }

    private static bool CheckFolder(string setting, string? folder, List<string> failures)
    {
        if (folder is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            failures.Add($"MedCodingOptions.{setting}: the folder is empty; give a path or leave it out.");
            return false;
        }

        if (!Directory.Exists(folder))
        {
            failures.Add($"MedCodingOptions.{setting}: the folder '{folder}' does not exist.");
            return false;
        }

        return true;
    }

    private static void CheckFile(string setting, string? file, List<string> failures)
    {
        if (file is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            failures.Add($"MedCodingOptions.{setting}: the file name is empty; give a path or leave it out.");
        }
        else if (!File.Exists(file))
        {
            failures.Add($"MedCodingOptions.{setting}: the file '{file}' does not exist.");
        }
    }
}
