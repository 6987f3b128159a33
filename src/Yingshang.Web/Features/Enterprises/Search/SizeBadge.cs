using Yingshang.Web.Features.Enterprises.Contracts;

namespace Yingshang.Web.Features.Enterprises.Search;

/// <summary>Badge style of a size class; the class name is always written next to it, so colour is never the only cue.</summary>
public static class SizeBadge
{
    public static string Css(SizeClass? size) => size switch
    {
        SizeClass.Large or SizeClass.Medium => "ok",
        null => "warn",
        _ => "",
    };
}
