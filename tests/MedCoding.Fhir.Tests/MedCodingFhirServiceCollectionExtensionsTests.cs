using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Terminology;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Fhir.Tests;

public sealed class MedCodingFhirServiceCollectionExtensionsTests
{
    [Fact]
    public async System.Threading.Tasks.Task AddMedCodingFhir_RegistersTheTerminologyServiceOverTheRegisteredReleases()
    {
        var services = new ServiceCollection();
        services.AddMedCodingFhir();
        services.AddMedCodingFhir(); // repeated calls are safe
        using var provider = services.BuildServiceProvider();

        var service = provider.GetRequiredService<ITerminologyService>();
        service.Should().BeSameAs(provider.GetRequiredService<MedCodingTerminologyService>());
        services.Count(d => d.ServiceType == typeof(ITerminologyService)).Should().Be(1);
        var answer = await service.Lookup(new LookupParameters().WithCode("E11.65", FhirCodeSystems.Icd10Cm, null, null));
        answer.Text("display").Should().Be("Type 2 diabetes mellitus with hyperglycemia");
    }

    [Fact]
    public void AddMedCodingFhir_HostRegistration_Wins()
    {
        var services = new ServiceCollection();
        var own = MedCodingTerminologyService.CreateDefault();
        services.AddSingleton<ITerminologyService>(own);
        services.AddMedCodingFhir();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ITerminologyService>().Should().BeSameAs(own);
    }

    [Fact]
    public void AddMedCodingFhir_NullServices_Throws() =>
        FluentActions.Invoking(() => MedCodingFhirServiceCollectionExtensions.AddMedCodingFhir(null!)).Should().Throw<ArgumentNullException>();
}
