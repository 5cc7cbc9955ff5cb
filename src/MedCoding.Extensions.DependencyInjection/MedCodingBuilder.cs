using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Ncci;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding;

/// <summary>
/// Returns what <see cref="MedCodingServiceCollectionExtensions.AddMedCoding"/> registered, for adding the optional
/// parts: a licensed CPT file, NCCI tables, newer releases, payer rules (as <c>AddHttpClient</c> returns an
/// <c>IHttpClientBuilder</c>).
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddMedCoding()
///     .AddCpt("/data/cpt/cpt2026.txt")
///     .AddNcci(NcciProvider.Practitioner, ["/data/ncci/ccipra-v321r0-f1.txt"], "/data/ncci/mue-practitioner.txt")
///     .AddClaimEditRule&lt;PriorAuthorizationEdit&gt;();
/// </code>
/// </example>
public sealed class MedCodingBuilder
{
    internal MedCodingBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the services the parts are added to.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Configures the options further.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public MedCodingBuilder Configure(Action<MedCodingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Adds a licensed CPT file, so that CPT codes are checked against it rather than by shape.</summary>
    /// <param name="path">The file (<c>CODE&lt;TAB&gt;DESCRIPTOR</c> per line).</param>
    /// <param name="year">The CPT year, or <see langword="null"/> for the year in the file's name.</param>
    /// <returns>This builder.</returns>
    public MedCodingBuilder AddCpt(string path, int? year = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Configure(o =>
        {
            o.CptFile = path;
            o.CptYear = year;
        });
    }

    /// <summary>Adds the NCCI tables of one setting: the PTP edit files (the parts of one national file) and the MUE file.</summary>
    /// <param name="setting">Practitioner services (professional claims) or hospital outpatient services (institutional claims).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is neither practitioner nor hospital.</exception>
    /// <param name="ptpFiles">The PTP edit files, in CMS's layout.</param>
    /// <param name="mueFile">The MUE file, in CMS's layout, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public MedCodingBuilder AddNcci(NcciProvider setting, IEnumerable<string> ptpFiles, string? mueFile = null)
    {
        ArgumentNullException.ThrowIfNull(ptpFiles);
        if (setting is not (NcciProvider.Practitioner or NcciProvider.Hospital))
        {
            throw new ArgumentOutOfRangeException(nameof(setting), setting, "Claims are edited against the practitioner or the hospital NCCI tables.");
        }

        var files = ptpFiles.ToArray();
        return Configure(o =>
        {
            var list = setting == NcciProvider.Practitioner ? o.PractitionerPtpFiles : o.HospitalPtpFiles;
            foreach (var file in files)
            {
                list.Add(file);
            }

            if (mueFile is not null)
            {
                if (setting == NcciProvider.Practitioner)
                {
                    o.PractitionerMueFile = mueFile;
                }
                else
                {
                    o.HospitalMueFile = mueFile;
                }
            }
        });
    }

    /// <summary>Adds a custom claim edit (a payer's own rule), run after the default edits.</summary>
    /// <typeparam name="TRule">The edit; it may take services in its constructor and must be thread-safe.</typeparam>
    /// <returns>This builder.</returns>
    public MedCodingBuilder AddClaimEditRule<TRule>()
        where TRule : class, IClaimEdit
    {
        Services.AddClaimEditRule<TRule>();
        return this;
    }

    /// <summary>Configures the claim editor after the default and registered edits are added.</summary>
    /// <param name="configure">Disables rules, changes severities or error codes.</param>
    /// <returns>This builder.</returns>
    public MedCodingBuilder ConfigureClaimEditor(Action<ClaimEditorBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Configure(o =>
        {
            var before = o.ConfigureClaimEditor;
            o.ConfigureClaimEditor = before is null ? configure : builder =>
            {
                before(builder);
                configure(builder);
            };
        });
    }
}
