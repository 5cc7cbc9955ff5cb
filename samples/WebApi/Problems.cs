using System.Globalization;

namespace MedCoding.Samples.WebApi;

/// <summary>RFC 7807 problem details for bad input, each naming the field at fault (<c>field</c>) and never patient data.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail, string field) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static IResult UnsupportedMediaType(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");

    public static IResult TooLarge(string what, long limit) =>
        Results.Problem(
            string.Create(CultureInfo.InvariantCulture, $"A {what} is at most {limit} bytes."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large");

    public static IResult Timeout(string what) =>
        Results.Problem($"The {what} did not arrive within the request timeout.", statusCode: StatusCodes.Status504GatewayTimeout, title: "Request timeout");
}
