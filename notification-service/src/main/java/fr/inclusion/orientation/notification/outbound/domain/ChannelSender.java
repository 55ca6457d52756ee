package fr.inclusion.orientation.notification.outbound.domain;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;

/** Hands a message to the outside world for one channel (SMTP server, SMS provider). */
public interface ChannelSender {

    Channel channel();

    /** False when the channel is switched off: its messages are marked skipped, not sent. */
    boolean enabled();

    /** Why messages are skipped while the channel is off, in French. */
    String disabledReason();

    /** Returns once the server or provider has accepted the message. */
    void send(OutboundMessage message) throws SendFailureException;
}
