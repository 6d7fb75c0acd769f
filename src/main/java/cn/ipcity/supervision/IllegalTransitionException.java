package cn.ipcity.supervision;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A state change the state machine does not allow; the API answers 409 naming both states. */
public class IllegalTransitionException extends ErrorResponseException {

    public IllegalTransitionException(String entity, String from, String to) {
        super(HttpStatus.CONFLICT, problem(entity, from, to), null);
    }

    private static ProblemDetail problem(String entity, String from, String to) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "当前状态下不能进行此操作 / a " + entity + " cannot go from " + from + " to " + to);
        p.setType(URI.create("urn:ipcity:error:illegal-transition"));
        p.setProperty("from", from);
        p.setProperty("to", to);
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
