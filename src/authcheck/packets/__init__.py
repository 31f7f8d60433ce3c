"""Prior-authorization packets (`authcheck packet`): documents, a Da Vinci PAS bundle, an X12 278 request.

    from authcheck.packets import PacketRequest, build_packet
    result = build_packet(PacketRequest(plan=..., profiles=..., as_of=..., date=..., out_dir=...), library)

See docs/packets.md.
"""

from authcheck.packets.build import (
    OUTPUT_NAMES,
    PacketInputError,
    PacketRefused,
    PacketRequest,
    PacketResult,
    build_packet,
)

__all__ = ["OUTPUT_NAMES", "PacketInputError", "PacketRefused", "PacketRequest", "PacketResult", "build_packet"]
