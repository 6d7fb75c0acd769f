package cn.ipcity.web;

import cn.ipcity.common.ConflictException;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors (RFC 9457 problem details) for the API, naming the code or parameter that is wrong. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, e.getMessage(), "not-found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("code", e.key());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), "invalid-input");
        problem.setProperty("parameter", e.field());
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), "conflict");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null
                ? "another type"
                : e.getRequiredType().getSimpleName();
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "参数 '" + e.getName() + "' 的值 '" + e.getValue() + "' 无效 / parameter '" + e.getName()
                        + "' has an invalid value '" + e.getValue() + "' (expected " + expected + ")",
                "invalid-parameter");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "缺少参数 '" + e.getParameterName() + "' / missing parameter '" + e.getParameterName() + "'",
                "missing-parameter");
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "请求体不是有效的 JSON / the request body is not valid JSON: "
                        + e.getMostSpecificCause().getMessage(),
                "unreadable-body");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), "forbidden");
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ipcity:error:" + type));
        return problem;
    }
}
